import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadChinaAreaKm2, loadRegions, loadTopology } from '@/lib/data/load-geodata';
import { jurisdictionArea } from './jurisdiction-area';
import { regionFeatures } from './region-features';

const square = (west: number): FeatureCollection<Polygon> => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [west, 0],
            [west + 1, 0],
            [west + 1, 1],
            [west, 1],
            [west, 0],
          ],
        ],
      },
    },
  ],
});

describe('jurisdictionArea', () => {
  it('sums Turf areas and divides by China', () => {
    const one = jurisdictionArea(square(0), 1).areaKm2;
    expect(one).toBeCloseTo(12_364, -1); // 1° × 1° at the equator
    expect(jurisdictionArea(square(0), one * 4).shareOfChina).toBeCloseTo(0.25, 9);
  });

  it('is 0 for no regions', () => {
    expect(jurisdictionArea({ type: 'FeatureCollection', features: [] }, 100)).toEqual({
      areaKm2: 0,
      shareOfChina: 0,
    });
  });

  it('finds the ten regions ~4.2 million km², ~45 % of China (without Taiwan, HK, Macao)', () => {
    const { areaKm2, shareOfChina } = jurisdictionArea(
      regionFeatures(loadTopology()),
      loadChinaAreaKm2(),
    );
    expect(areaKm2).toBeGreaterThan(4.1e6);
    expect(areaKm2).toBeLessThan(4.4e6);
    expect(shareOfChina).toBeGreaterThan(0.44);
    expect(shareOfChina).toBeLessThan(0.47);
  });

  it('stays within 0.5 % of the unsimplified areas of regions.json', () => {
    const simplified = jurisdictionArea(regionFeatures(loadTopology()), 1).areaKm2;
    const source = loadRegions().reduce((sum, r) => sum + r.areaKm2, 0);
    expect(Math.abs(simplified - source) / source).toBeLessThan(0.005);
  });

  it('rejects bad arguments with a message naming them', () => {
    expect(() => jurisdictionArea(square(0), 0)).toThrow(
      'jurisdictionArea: chinaAreaKm2 must be a positive number, got 0',
    );
    expect(() => jurisdictionArea(null as unknown as FeatureCollection<Polygon>, 1)).toThrow(
      'jurisdictionArea: regions must be a GeoJSON FeatureCollection',
    );
  });
});
