import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Place, Region } from '@/lib/data/schema';
import { regionFeatures } from './region-features';
import type { GeoTopology } from './types';

/** Properties of a place in the GeoJSON download: everything in data/places.json. */
export type PlaceProperties = Omit<Place, 'position'>;

/** Properties of a region in the GeoJSON download: everything in data/regions.json. */
export type RegionProperties = Region;

/**
 * The places as GeoJSON Points (`[lng, lat]`, WGS-84), for download. Each feature has
 * `id` = place id and all fields of the place except `position` (which is the
 * geometry) in `properties`: names, role, address, dates, sources, basis,
 * uncertaintyM, regionId.
 */
export function placesToGeoJSON(
  places: readonly Place[],
): FeatureCollection<Point, PlaceProperties> {
  if (!Array.isArray(places)) throw new Error('placesToGeoJSON: places must be an array');
  return {
    type: 'FeatureCollection',
    features: places.map((place, i): Feature<Point, PlaceProperties> => {
      if (!place || !Array.isArray(place.position)) {
        throw new Error(`placesToGeoJSON: places[${i}] has no position`);
      }
      const { position, ...properties } = place;
      return {
        type: 'Feature',
        id: place.id,
        geometry: { type: 'Point', coordinates: [position[0], position[1]] },
        properties,
      };
    }),
  };
}

/**
 * The regions as GeoJSON (Multi)Polygons, for download: the simplified shapes of
 * data/geo.topo.json with all fields of data/regions.json in `properties` (names, iso,
 * kind, coveredBy, liaisonUnit, areaKm2, labelPoint …). Order as in `regions`.
 * @throws if a region has no shape in the topology
 */
export function regionsToGeoJSON(
  regions: readonly Region[],
  topology: GeoTopology,
): FeatureCollection<Polygon | MultiPolygon, RegionProperties> {
  if (!Array.isArray(regions)) throw new Error('regionsToGeoJSON: regions must be an array');
  const shapes = new Map(regionFeatures(topology).features.map((f) => [f.properties.id, f]));
  return {
    type: 'FeatureCollection',
    features: regions.map((region) => {
      const shape = shapes.get(region.id);
      if (!shape) {
        throw new Error(`regionsToGeoJSON: region "${region.id}" has no shape in the topology`);
      }
      return { type: 'Feature', id: region.id, geometry: shape.geometry, properties: region };
    }),
  };
}
