import { describe, expect, it } from 'vitest';
import { toWikiUrl } from './to-wiki-url';

describe('toWikiUrl', () => {
  it('encodes the title as MediaWiki does, spaces as underscores', () => {
    expect(toWikiUrl('北京')).toBe('https://zh.wikipedia.org/wiki/%E5%8C%97%E4%BA%AC');
    expect(toWikiUrl('File:Hong Kong SAR Regional Emblem.svg')).toBe(
      'https://zh.wikipedia.org/wiki/File:Hong_Kong_SAR_Regional_Emblem.svg',
    );
    expect(toWikiUrl("A/B (C), D's?&#")).toBe(
      'https://zh.wikipedia.org/wiki/A/B_(C),_D%27s%3F%26%23',
    );
  });

  it('appends an anchor and drops a leading colon', () => {
    expect(toWikiUrl(':Category:驻京办', '歷史 沿革')).toBe(
      'https://zh.wikipedia.org/wiki/Category:%E9%A9%BB%E4%BA%AC%E5%8A%9E#%E6%AD%B7%E5%8F%B2_%E6%B2%BF%E9%9D%A9',
    );
  });

  it('copes with unpaired surrogates', () => {
    expect(() => toWikiUrl('\uD800北京')).not.toThrow();
  });
});
