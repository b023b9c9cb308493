import { distance } from '@turf/turf';
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
