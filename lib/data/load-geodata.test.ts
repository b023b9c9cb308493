import { describe, expect, it } from 'vitest';
import {
  loadChinaAreaKm2,
  loadGeodata,
  loadPlaces,
  loadRegions,
  loadTopology,
} from './load-geodata';
import { PLACE_IDS, REGION_IDS } from './schema';

describe('loadGeodata', () => {
  it('loads the four places and the ten regions, validated', () => {
    expect(loadPlaces().map((p) => p.id)).toEqual([...PLACE_IDS]);
    expect(loadRegions().map((r) => r.id)).toEqual([...REGION_IDS]);
    expect(loadTopology().type).toBe('Topology');
    expect(loadChinaAreaKm2()).toBeGreaterThan(9e6);
  });

  it('validates once and returns the same data afterwards', () => {
    expect(loadGeodata()).toBe(loadGeodata());
  });
});
