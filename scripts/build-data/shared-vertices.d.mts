import type { Feature, MultiPolygon, Polygon } from 'geojson';

export function insertSharedVertices(
  targets: Feature<Polygon | MultiPolygon>[],
  sources: Feature<Polygon | MultiPolygon>[],
  tolerance?: number,
): { features: Feature<Polygon | MultiPolygon>[]; inserted: number };
