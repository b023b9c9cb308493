import { describe, expect, it } from 'vitest';
import { canonicalPagePath } from './canonical-path';

describe('canonicalPagePath', () => {
  it('decodes percent-encoding', () => {
    expect(canonicalPagePath('/place/tianjin%2Dliaison-unit')).toBe('/place/tianjin-liaison-unit');
    expect(canonicalPagePath('/%65n/region/hebei')).toBe('/en/region/hebei');
  });

  it('drops /index and trailing slashes', () => {
    expect(canonicalPagePath('/index')).toBe('/');
    expect(canonicalPagePath('/en/index')).toBe('/en');
    expect(canonicalPagePath('/place/tianjin-liaison-unit/')).toBe('/place/tianjin-liaison-unit');
    expect(canonicalPagePath('//region//hebei')).toBe('/region/hebei');
  });

  it('leaves a canonical path as it is', () => {
    for (const p of ['/', '/en', '/zh-hans/place/beijing-office', '/embed/region/gansu'])
      expect(canonicalPagePath(p)).toBe(p);
  });

  it('is null for broken percent-encoding', () => {
    expect(canonicalPagePath('/place/%E0%A4%A')).toBeNull();
  });
});
