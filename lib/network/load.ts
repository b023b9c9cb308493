import networkJson from '@/data/mainland-offices.json';
import { loadCities, loadProvinces } from '@/lib/atlas/cities';
import { loadGeodata } from '@/lib/data/load-geodata';
import type { ExportPlace } from '@/lib/data/exports';
import { otherMembers } from './ids';
import { buildNetwork, type Network } from './network';

let cached: Network | undefined;

/** The provincial-level regions of the Mainland: every province of the map but Hong Kong and Macao. */
export function mainlandRegionIds(): string[] {
  return loadProvinces()
    .filter((p) => p.kind !== 'special-administrative-region')
    .map((p) => p.id);
}

/**
 * The five Mainland offices, their liaison units and service periods, validated once per
 * process. Server-only. Throws listing every problem, so a bad file stops the build.
 */
export function loadNetwork(): Network {
  if (cached) return cached;
  const { places, regions } = loadGeodata();
  const result = buildNetwork(networkJson, {
    places,
    regions,
    mainland: mainlandRegionIds(),
    cities: loadCities(),
  });
  if (!result.ok)
    throw new Error(
      `Invalid ${'data/mainland-offices.json'} (${result.errors.length}):\n${result.errors.join('\n')}`,
    );
  cached = result.data;
  return cached;
}

/**
 * The places of the downloads: the Beijing Office's (data/places.json), then the other Mainland
 * offices and their liaison units.
 */
export function downloadPlaces(): ExportPlace[] {
  return [...loadGeodata().places, ...otherMembers(loadNetwork())];
}
