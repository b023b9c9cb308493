import topologyJson from '@/data/geo.topo.json';
import placesJson from '@/data/places.json';
import regionsJson from '@/data/regions.json';
import type { GeoTopology } from '@/lib/geo/types';
import type { Place, Region } from './schema';
import { validateGeodata, type Geodata } from './validate-geodata';

let cached: Geodata | undefined;

/**
 * The validated contents of data/places.json, data/regions.json and
 * data/geo.topo.json. Validates once per process (statically imported JSON, so it
 * works on the server and at build time) and caches the result.
 * @throws Error listing every problem as `file: field.path: message`, so a bad data
 *   file stops the build
 */
export function loadGeodata(): Geodata {
  if (!cached) {
    const result = validateGeodata(placesJson, regionsJson, topologyJson);
    if (!result.ok) {
      throw new Error(`Invalid geodata (${result.errors.length}):\n${result.errors.join('\n')}`);
    }
    cached = result.data;
  }
  return cached;
}

/** The four places (data/places.json); positions `[lng, lat]`, WGS-84. */
export function loadPlaces(): Place[] {
  return loadGeodata().places;
}

/** The ten regions of the jurisdiction (data/regions.json), in the article's order. */
export function loadRegions(): Region[] {
  return loadGeodata().regions;
}

/** The basemap topology (data/geo.topo.json): objects `regions`, `china`, `countries`. */
export function loadTopology(): GeoTopology {
  return loadGeodata().topology;
}

/** China's land area in the source, km² (Taiwan, Hong Kong, Macao not included). */
export function loadChinaAreaKm2(): number {
  return loadGeodata().chinaAreaKm2;
}
