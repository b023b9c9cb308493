import { describe, expect, it } from 'vitest';
import { placeListItems } from './place-list';

const places = [
  { id: 'beijing-office', name: '駐京辦' },
  { id: 'tianjin-liaison-unit', name: '天津聯絡處' },
];
const regions = [
  { id: 'beijing', name: '北京' },
  { id: 'tianjin', name: '天津' },
];

describe('placeListItems', () => {
  it('links each office and province in the language, and marks only the selection', () => {
    const list = placeListItems(places, regions, { kind: 'region', id: 'tianjin' }, 'en');
    expect(list.places.map((p) => p.href)).toEqual([
      '/en/place/beijing-office',
      '/en/place/tianjin-liaison-unit',
    ]);
    expect(list.regions).toEqual([
      { id: 'beijing', name: '北京', href: '/en/region/beijing', current: false },
      { id: 'tianjin', name: '天津', href: '/en/region/tianjin', current: true },
    ]);
    // A place and a province may share an id's words; the kind tells them apart.
    expect(list.places.some((p) => p.current)).toBe(false);
  });

  it('marks nothing on the home page or for a city', () => {
    for (const selection of [null, { kind: 'city' as const, id: 'tianjin' }]) {
      const list = placeListItems(places, regions, selection, 'zh-Hant');
      expect([...list.places, ...list.regions].some((x) => x.current)).toBe(false);
      expect(list.regions[0]!.href).toBe('/region/beijing');
    }
  });
});
