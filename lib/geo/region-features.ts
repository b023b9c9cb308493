import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { AreaFeatureCollection, GeoTopology, LayerProperties } from './types';

/**
 * Decodes one object of the topology (default `regions`, the ten regions of the
 * jurisdiction) into a GeoJSON FeatureCollection. Each feature has `id` and
 * `properties.id` set to the region id (e.g. `'inner-mongolia'`). Coordinates are
 * `[lng, lat]`, simplified as drawn on the map.
 * @param topology data/geo.topo.json
 * @param object which object to decode: `'regions'`, `'china'` or `'countries'`
 */
export function regionFeatures(
  topology: GeoTopology,
  object: 'regions' | 'china' | 'countries' = 'regions',
): AreaFeatureCollection {
  if (topology?.type !== 'Topology' || !topology.objects?.[object]) {
    throw new Error(
      `regionFeatures: topology must be a TopoJSON Topology with an object "${object}"`,
    );
  }
  // The objects hold only Polygons and MultiPolygons (checked by topologySchema).
  return feature(topology, topology.objects[object]) as FeatureCollection<
    Polygon | MultiPolygon,
    LayerProperties
  >;
}
