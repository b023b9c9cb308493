import type { AreaFeatureCollection } from './types';

/**
 * Throws unless `value` is a GeoJSON FeatureCollection whose features all have Polygon
 * or MultiPolygon geometries. The message names the function, the argument and, for a
 * bad feature, its index.
 */
export function assertAreaCollection<P>(
  value: unknown,
  name: string,
  fn: string,
): asserts value is AreaFeatureCollection<P> {
  const fc = value as { type?: unknown; features?: unknown } | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`${fn}: ${name} must be a GeoJSON FeatureCollection`);
  }
  fc.features.forEach((feature: { geometry?: { type?: unknown } | null } | null, i: number) => {
    const type = feature?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new Error(
        `${fn}: ${name}.features[${i}] must have a Polygon or MultiPolygon geometry, got ${String(type)}`,
      );
    }
  });
}
