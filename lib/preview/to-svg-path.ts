import { bboxClip } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Position } from '@/lib/geo/types';
import type { Point, Rect } from './project-mercator';

/** One decimal of a pixel: finer than anything the PNG can show. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Points nearer than this to the last one kept are dropped: a step too small to see. */
const MIN_STEP_PX = 0.6;

function ringPath(ring: readonly Point[]): string {
  const kept: Point[] = [];
  for (const [x, y] of ring) {
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(x - last[0], y - last[1]) >= MIN_STEP_PX) kept.push([x, y]);
  }
  const points = kept.map(([x, y]) => `${round(x)} ${round(y)}`);
  if (points.length > 1 && points[0] === points[points.length - 1]) points.pop();
  if (points.length < 3) return '';
  return `M${points[0]}L${points.slice(1).join(' ')}Z`;
}

/**
 * SVG path data for a Polygon or MultiPolygon: each ring projected, clipped to `clip`,
 * thinned (a point within 0.6 px of the last one kept is dropped), rounded to 0.1 px;
 * rings that shrink below a triangle are left out. Holes are rings like any other: fill with `fill-rule="evenodd"`.
 * @param geometry GeoJSON, positions `[lng, lat]`
 * @param project `[lng, lat]` → `[x, y]` image px (see `projectMercator`)
 * @param clip the rectangle to keep, image px; make it a little larger than the image
 * @returns path data such as `M10 20L30 20 30 40Z`, `''` when nothing is in `clip`
 */
export function toSvgPath(
  geometry: Polygon | MultiPolygon,
  project: (position: Position) => Point,
  clip: Rect,
): string {
  const type: unknown = geometry?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    throw new Error(`toSvgPath: geometry must be a Polygon or MultiPolygon, got ${type}`);
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const projected: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings) =>
      rings.map((ring) => ring.map((p) => project(p as Position))),
    ),
  };
  // Turf clips each ring on its own (Sutherland–Hodgman); where a ring leaves the rectangle
  // it runs along the edge, out of sight when `clip` is a little larger than the image.
  const { x, y, width, height } = clip;
  const clipped = bboxClip(projected, [x, y, x + width, y + height]).geometry.coordinates;
  return clipped
    .flat()
    .map((ring) => ringPath(ring as Point[]))
    .join('');
}
