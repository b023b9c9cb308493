import { booleanPointInPolygon } from '@turf/turf';
import { assertAreaCollection } from './assert-area-collection';
import { assertPosition } from './assert-position';
import type { AreaFeatureCollection, Position } from './types';

/**
 * Which region contains a point.
 * @param point `[lng, lat]`, WGS-84
 * @param regions non-overlapping areas, each with `properties.id` (e.g. from
 *   `regionFeatures(topology)`)
 * @returns the id of the first region containing the point (its boundary counts as
 *   inside), or null if none does
 */
export function findRegionOf<Id extends string>(
  point: Position,
  regions: AreaFeatureCollection<{ id: Id }>,
): Id | null {
  assertPosition(point, 'point', 'findRegionOf');
  assertAreaCollection(regions, 'regions', 'findRegionOf');
  const found = regions.features.find((region) => booleanPointInPolygon(point, region));
  return found ? found.properties.id : null;
}
