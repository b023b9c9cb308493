import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Rivers and lakes as GeoJSON; each feature's `z` property is the zoom it shows from. */
export type Water = { rivers: FeatureCollection; lakes: FeatureCollection };

/**
 * Decodes the water topology (`data/water.topo.json`). Throws an Error saying so when the input
 * is not that topology.
 */
export function decodeWater(value: unknown): Water {
  const t = value as Topology;
  if (!t || t.type !== 'Topology' || !t.objects?.rivers || !t.objects?.lakes)
    throw new Error('the water layer is not in the expected form');
  return {
    rivers: feature(t, t.objects.rivers as GeometryCollection) as FeatureCollection,
    lakes: feature(t, t.objects.lakes as GeometryCollection) as FeatureCollection,
  };
}
