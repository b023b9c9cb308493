import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The basemap's three layers as GeoJSON (coordinates [lng, lat], WGS-84). */
export type Basemap = {
  regions: FeatureCollection;
  china: FeatureCollection;
  countries: FeatureCollection;
};

const LAYERS = ['regions', 'china', 'countries'] as const;

/**
 * Decodes the basemap topology (`data/geo.topo.json`) into GeoJSON layers. Throws an Error
 * naming what is missing when the input is not such a topology.
 */
export function decodeBasemap(topology: unknown): Basemap {
  const t = topology as Topology;
  if (!t || t.type !== 'Topology' || typeof t.objects !== 'object') {
    throw new Error('decodeBasemap: input is not a TopoJSON Topology');
  }
  const out = {} as Basemap;
  for (const name of LAYERS) {
    const object = t.objects[name] as GeometryCollection | undefined;
    if (!object) throw new Error(`decodeBasemap: topology has no object "${name}"`);
    out[name] = feature(t, object) as FeatureCollection;
  }
  return out;
}
