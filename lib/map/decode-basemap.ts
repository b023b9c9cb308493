import { feature } from 'topojson-client';
import type { Feature } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The basemap's layers (data/geo.topo.json): the ten provinces, the rest of China, the countries. */
export type BasemapLayer = 'regions' | 'china' | 'countries';

/** One layer of the basemap, decoded a feature at a time. */
export type BasemapFeatures = { length: number; feature: (i: number) => Feature };

/**
 * One layer of the basemap topology, whose features are decoded into GeoJSON (coordinates
 * [lng, lat], WGS-84) one at a time, so that the map decodes and draws in steps of one feature.
 * Throws an Error naming what is missing when the input is not such a topology.
 */
export function decodeBasemapLayer(topology: unknown, name: BasemapLayer): BasemapFeatures {
  const t = topology as Topology;
  if (!t || t.type !== 'Topology' || typeof t.objects !== 'object') {
    throw new Error('decodeBasemapLayer: input is not a TopoJSON Topology');
  }
  const object = t.objects[name] as GeometryCollection | undefined;
  if (!object || !Array.isArray(object.geometries))
    throw new Error(`decodeBasemapLayer: topology has no object "${name}"`);
  return {
    length: object.geometries.length,
    feature: (i) => feature(t, object.geometries[i]!) as Feature,
  };
}
