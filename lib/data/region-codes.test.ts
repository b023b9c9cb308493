// data/regions.json names each of the ten regions by its ISO 3166-2:CN code and gives an
// area that belongs to its shape in data/geo.topo.json. (That every place lies inside its
// region is checked by validateGeodata and its test.)
import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { regionFeatures } from '@/lib/geo/region-features';
import { loadRegions, loadTopology } from './load-geodata';

/** ISO 3166-2:CN letter codes (since 2017) and the numeric ones Natural Earth carries. */
const CODES = {
  beijing: ['CN-BJ', 'CN-11'],
  tianjin: ['CN-TJ', 'CN-12'],
  hebei: ['CN-HE', 'CN-13'],
  liaoning: ['CN-LN', 'CN-21'],
  jilin: ['CN-JL', 'CN-22'],
  heilongjiang: ['CN-HL', 'CN-23'],
  'inner-mongolia': ['CN-NM', 'CN-15'],
  xinjiang: ['CN-XJ', 'CN-65'],
  gansu: ['CN-GS', 'CN-62'],
  ningxia: ['CN-NX', 'CN-64'],
};

describe('data/regions.json', () => {
  const regions = loadRegions();

  it.each(Object.entries(CODES))('gives %s the codes %j', (id, [iso, neCode]) => {
    expect(regions.find((r) => r.id === id)).toMatchObject({ iso, neCode });
  });

  it('has exactly these ten regions', () => {
    expect(regions.map((r) => r.id).sort()).toEqual(Object.keys(CODES).sort());
  });

  it.each(regions.map((r) => [r.id, r.areaKm2] as const))(
    'gives %s an area (%i km²) within 0.5 % of its shape as drawn',
    (id, areaKm2) => {
      const shape = regionFeatures(loadTopology()).features.find((f) => f.id === id);
      expect(shape).toBeDefined();
      const drawnKm2 = area(shape!) / 1e6;
      expect(Number.isInteger(areaKm2)).toBe(true);
      expect(Math.abs(drawnKm2 - areaKm2) / areaKm2).toBeLessThan(0.005);
    },
  );
});
