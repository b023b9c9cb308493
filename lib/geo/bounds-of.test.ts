import type { AllGeoJSON } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { loadPlaces, loadTopology } from '@/lib/data/load-geodata';
import { boundsOf } from './bounds-of';
import { expectedOutput, readFixtures } from './fixtures/fixtures';
import { regionFeatures } from './region-features';
import { placesToGeoJSON } from './to-geojson';
import type { Position } from './types';

describe('boundsOf', () => {
  for (const fixture of readFixtures('bounds-of')) {
    it(`fixture ${fixture.name}`, () => {
      const actual = boundsOf(fixture.input as AllGeoJSON);
      expect(actual).toEqual(expectedOutput(fixture, actual));
    });
  }

  it('returns Leaflet order [[south, west], [north, east]]', () => {
    const [[south, west], [north, east]] = boundsOf([116, 39], { padding: 0, minSpanDeg: 2 });
    expect([south, west, north, east]).toEqual([38, 115, 40, 117]);
  });

  it('pads by a fraction of the span on each side', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [110, 30],
          [120, 30],
          [120, 40],
          [110, 40],
          [110, 30],
        ],
      ],
    };
    expect(boundsOf(square, { padding: 0.5 })).toEqual([
      [25, 105],
      [45, 125],
    ]);
  });

  it('contains all four places, with the default padding', () => {
    const places = loadPlaces();
    const [[south, west], [north, east]] = boundsOf(placesToGeoJSON(places));
    for (const { position } of places) {
      const [lng, lat] = position;
      expect(lat).toBeGreaterThan(south);
      expect(lat).toBeLessThan(north);
      expect(lng).toBeGreaterThan(west);
      expect(lng).toBeLessThan(east);
    }
  });

  it('frames the ten regions within China', () => {
    const [[south, west], [north, east]] = boundsOf(regionFeatures(loadTopology()), {
      padding: 0,
    });
    expect(west).toBeCloseTo(73.5, 0);
    expect(east).toBeCloseTo(135, 0);
    expect(south).toBeGreaterThan(31);
    expect(north).toBeCloseTo(53.6, 0);
  });

  it('rejects bad arguments with a message naming them', () => {
    expect(() => boundsOf([39.9, 116.4] as Position)).toThrow(
      'boundsOf: input latitude 116.4 is out of range (-90..90) — are lng/lat swapped?',
    );
    expect(() => boundsOf({} as AllGeoJSON)).toThrow(
      'boundsOf: input must be a GeoJSON object or a [lng, lat] point',
    );
    expect(() => boundsOf([116, 39], { padding: -1 })).toThrow(
      'boundsOf: options.padding must be a number >= 0, got -1',
    );
    expect(() => boundsOf({ type: 'FeatureCollection', features: [] })).toThrow(
      'boundsOf: input has no coordinates',
    );
  });
});
