import { describe, expect, it } from 'vitest';
import { toShareLinks } from './share-links';

describe('toShareLinks', () => {
  it('shares the page and embeds the same view', () => {
    const s = toShareLinks('https://atlas.example/region/liaoning?map=6/41.500/123.000&layers=osm');
    expect(s.url).toBe('https://atlas.example/region/liaoning?map=6/41.500/123.000&layers=osm');
    expect(s.embedUrl).toBe(
      'https://atlas.example/embed/region/liaoning?map=6/41.500/123.000&layers=osm',
    );
    expect(s.embedSnippet).toContain(
      'src="https://atlas.example/embed/region/liaoning?map=6/41.500/123.000&amp;layers=osm"',
    );
  });

  it('maps the home page to /embed, and an embed page back to the site', () => {
    expect(toShareLinks('http://localhost:3000/').embedUrl).toBe('http://localhost:3000/embed');
    expect(toShareLinks('http://localhost:3000/embed/place/beijing-office').url).toBe(
      'http://localhost:3000/place/beijing-office',
    );
  });

  it('cannot be broken out of by a crafted query', () => {
    const s = toShareLinks('https://atlas.example/?x="><script>alert(1)</script>');
    expect(s.embedSnippet).not.toContain('<script');
    expect(s.embedSnippet.match(/"/g)?.length).toBe(14);
  });
});
