import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The basemap's layers (data/geo.topo.json): the ten provinces, the rest of China, the countries. */
export type BasemapLayer = 'regions' | 'china' | 'countries';

/**
 * Decodes one layer of the basemap topology into GeoJSON (coordinates [lng, lat], WGS-84), so
 * that the map can decode and draw one layer per task. Throws an Error naming what is missing
 * when the input is not such a topology.
 */
export function decodeBasemapLayer(topology: unknown, name: BasemapLayer): FeatureCollection {
  const t = topology as Topology;
  if (!t || t.type !== 'Topology' || typeof t.objects !== 'object') {
    throw new Error('decodeBasemapLayer: input is not a TopoJSON Topology');
  }
  const object = t.objects[name] as GeometryCollection | undefined;
  if (!object) throw new Error(`decodeBasemapLayer: topology has no object "${name}"`);
  return feature(t, object) as FeatureCollection;
}
