import { describe, expect, it } from 'vitest';
import { sitemapEntries, sitePaths } from './sitemap';

describe('sitePaths', () => {
  it('lists the home page, each place, province and city, and no embed or finder page', () => {
    const paths = sitePaths({ places: ['a'], regions: ['hebei'], cities: ['dalian', 'xian'] });
    expect(paths).toEqual(['/', '/place/a', '/region/hebei', '/city/dalian', '/city/xian']);
  });
});

describe('sitemapEntries', () => {
  const entries = sitemapEntries('https://atlas.example.org', ['/', '/city/dalian']);

  it('has every page once in each of the three languages, absolute on the origin', () => {
    expect(entries.map((e) => e.url)).toEqual([
      'https://atlas.example.org/',
      'https://atlas.example.org/zh-hans',
      'https://atlas.example.org/en',
      'https://atlas.example.org/city/dalian',
      'https://atlas.example.org/zh-hans/city/dalian',
      'https://atlas.example.org/en/city/dalian',
    ]);
  });

  it('gives each entry the same page in every language and x-default', () => {
    expect(entries[5]!.alternates.languages).toEqual({
      'zh-Hant': 'https://atlas.example.org/city/dalian',
      'zh-Hans': 'https://atlas.example.org/zh-hans/city/dalian',
      en: 'https://atlas.example.org/en/city/dalian',
      'x-default': 'https://atlas.example.org/city/dalian',
    });
  });
});
