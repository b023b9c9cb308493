import { distance } from '@turf/turf';
import type { Place, Region } from '@/lib/data/schema';
import { assertPosition } from './assert-position';
import type { Position } from './types';

/**
 * Great-circle distance between two points (Turf `distance`, mean Earth radius).
 * @param a `[lng, lat]`
 * @param b `[lng, lat]`
 * @returns kilometres
 */
export function distanceKm(a: Position, b: Position): number {
  assertPosition(a, 'a', 'distanceKm');
  assertPosition(b, 'b', 'distanceKm');
  return distance(a, b, { units: 'kilometers' });
}

export type DistanceFromOffice = {
  /** a place id or a region id */
  id: string;
  kind: 'place' | 'region';
  /** to the place's position or the region's label point, km */
  km: number;
};

/**
 * Distances from an office to every other place and to each region's label point, in
 * the order given (places first).
 * @param officeId the place to measure from, e.g. `'beijing-office'`
 * @param places all places (data/places.json)
 * @param regions all regions (data/regions.json)
 */
export function distancesFromOffice(
  officeId: string,
  places: readonly Place[],
  regions: readonly Region[],
): DistanceFromOffice[] {
  if (!Array.isArray(places)) throw new Error('distancesFromOffice: places must be an array');
  if (!Array.isArray(regions)) throw new Error('distancesFromOffice: regions must be an array');
  const office = places.find((p) => p.id === officeId);
  if (!office) {
    throw new Error(
      `distancesFromOffice: officeId ${JSON.stringify(officeId)} is not one of the places (${places.map((p) => p.id).join(', ')})`,
    );
  }
  return [
    ...places
      .filter((p) => p.id !== officeId)
      .map((p) => ({
        id: p.id,
        kind: 'place' as const,
        km: distanceKm(office.position, p.position),
      })),
    ...regions.map((r) => ({
      id: r.id,
      kind: 'region' as const,
      km: distanceKm(office.position, r.labelPoint),
    })),
  ];
}
