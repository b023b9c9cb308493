import { describe, expect, it } from 'vitest';
import { loadPlaces, loadRegions, loadTopology } from '@/lib/data/load-geodata';
import { expectedOutput, readFixtures } from './fixtures/fixtures';
import { findRegionOf } from './find-region-of';
import { regionFeatures } from './region-features';
import type { AreaFeatureCollection, Position } from './types';

describe('findRegionOf', () => {
  for (const fixture of readFixtures('find-region-of')) {
    it(`fixture ${fixture.name}`, () => {
      const input = fixture.input as AreaFeatureCollection<{ id: string }> & {
        points: Record<string, Position>;
      };
      const actual = Object.fromEntries(
        Object.entries(input.points).map(([what, point]) => [what, findRegionOf(point, input)]),
      );
      expect(actual).toEqual(expectedOutput(fixture, actual));
    });
  }

  const regions = regionFeatures(loadTopology());

  it.each([
    ['beijing-office', 'beijing'],
    ['former-beijing-office', 'beijing'],
    ['liaoning-liaison-unit', 'liaoning'],
    ['tianjin-liaison-unit', 'tianjin'],
  ])('puts %s in %s', (placeId, regionId) => {
    const place = loadPlaces().find((p) => p.id === placeId);
    expect(place && findRegionOf(place.position, regions)).toBe(regionId);
  });

  it.each([
    ['Shijiazhuang', [114.51, 38.04], 'hebei'],
    ['Changchun', [125.32, 43.88], 'jilin'],
    ['Harbin', [126.53, 45.8], 'heilongjiang'],
    ['Hohhot', [111.67, 40.82], 'inner-mongolia'],
    ['Urumqi', [87.62, 43.83], 'xinjiang'],
    ['Lanzhou', [103.83, 36.06], 'gansu'],
    ['Yinchuan', [106.23, 38.49], 'ningxia'],
    ['Shanghai', [121.47, 31.23], null],
    ['Taiyuan (Shanxi, not in the jurisdiction)', [112.55, 37.87], null],
    ['Ulaanbaatar', [106.92, 47.92], null],
    ['the Bohai Sea', [120, 39], null],
  ] as [string, Position, string | null][])('puts %s in %s', (_, point, regionId) => {
    expect(findRegionOf(point, regions)).toBe(regionId);
  });

  it('puts every region label point in its own region', () => {
    for (const region of loadRegions()) {
      expect(findRegionOf(region.labelPoint, regions)).toBe(region.id);
    }
  });

  it('rejects bad arguments with a message naming them', () => {
    expect(() => findRegionOf([39.9324, 116.3835], regions)).toThrow(
      'findRegionOf: point latitude 116.3835 is out of range (-90..90) — are lng/lat swapped?',
    );
    expect(() => findRegionOf([116, Number.NaN], regions)).toThrow(
      'findRegionOf: point must be two finite numbers [lng, lat], got [116,null]',
    );
    expect(() => findRegionOf([116] as unknown as Position, regions)).toThrow(
      'findRegionOf: point must be a [lng, lat] pair, got [116]',
    );
    expect(() =>
      findRegionOf([116, 39], { type: 'Feature' } as unknown as AreaFeatureCollection),
    ).toThrow('findRegionOf: regions must be a GeoJSON FeatureCollection');
    const withPoint = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'x' },
          geometry: { type: 'Point', coordinates: [0, 0] },
        },
      ],
    } as unknown as AreaFeatureCollection;
    expect(() => findRegionOf([116, 39], withPoint)).toThrow(
      'findRegionOf: regions.features[0] must have a Polygon or MultiPolygon geometry, got Point',
    );
  });
});
