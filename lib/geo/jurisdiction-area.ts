import { area } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { assertAreaCollection } from './assert-area-collection';

export type JurisdictionArea = {
  /** total area of the regions, km² */
  areaKm2: number;
  /** areaKm2 / chinaAreaKm2, a fraction (0.45 means 45 %) */
  shareOfChina: number;
};

/**
 * Total area of the jurisdiction's regions and its share of China's land area.
 * Areas are Turf `area` (spherical), so they depend on how simplified the polygons are:
 * the regions of data/geo.topo.json come within about 0.5 % of the unsimplified
 * `areaKm2` values of data/regions.json.
 * @param regions the regions as areas (e.g. `regionFeatures(topology)`)
 * @param chinaAreaKm2 China's land area, km² (data/regions.json `chinaAreaKm2`)
 */
export function jurisdictionArea(
  regions: FeatureCollection<Polygon | MultiPolygon>,
  chinaAreaKm2: number,
): JurisdictionArea {
  assertAreaCollection(regions, 'regions', 'jurisdictionArea');
  if (typeof chinaAreaKm2 !== 'number' || !(chinaAreaKm2 > 0) || !isFinite(chinaAreaKm2)) {
    throw new Error(
      `jurisdictionArea: chinaAreaKm2 must be a positive number, got ${chinaAreaKm2}`,
    );
  }
  const areaKm2 = regions.features.reduce((sum, region) => sum + area(region) / 1e6, 0);
  return { areaKm2, shareOfChina: areaKm2 / chinaAreaKm2 };
}
