/**
 * The map's first view, drawn by the server before Leaflet runs: the same frame Leaflet's
 * `fitBounds` gives the map's box, so that when Leaflet takes over nothing moves.
 *
 * Leaflet (1.9.4, `zoomSnap: 1`) fits bounds at the largest whole zoom at which they fit the
 * box (the zoom from the box's size, rounded to a hundredth, then floored; clamped to the
 * map's zoom range), centres the bounds' projected middle, and then shifts the centre so the
 * view stays inside `maxBounds` (centring on them on an axis where the view is larger). Every
 * step but the box's size is known here, so the zoom becomes a set of container-query
 * thresholds and the centre a CSS `clamp`: the page draws the right view at any size, with
 * or without scripts.
 */
import type { FeatureCollection, Geometry, Position as GeoPosition } from 'geojson';
import type { LeafletBounds } from '@/lib/geo/types';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { escapeMarkup } from '@/lib/text/escape';
import { decodeBasemap } from './decode-basemap';
import { mercatorY } from '@/lib/preview/project-mercator';

/** Leaflet's world at zoom 0, px. */
export const TILE_PX = 256;

/** `[lng, lat]` as a share of Leaflet's world square (Web Mercator): x east, y south, 0–1. */
export function worldPoint([lng, lat]: readonly [number, number]): { x: number; y: number } {
  return { x: (lng + 180) / 360, y: 0.5 - mercatorY(lat) / (2 * Math.PI) };
}

/** The bounds as a rectangle of the world square (shares 0–1). */
export function worldRect(bounds: LeafletBounds) {
  const [[south, west], [north, east]] = bounds;
  const nw = worldPoint([west, north]);
  const se = worldPoint([east, south]);
  return { x0: nw.x, y0: nw.y, x1: se.x, y1: se.y };
}

/** A box at least this large gets at least this zoom. */
export type ZoomStep = { zoom: number; minWidth: number; minHeight: number };

/**
 * The zoom Leaflet's `fitBounds(bounds)` picks for a `width` × `height` px box, with
 * `zoomSnap` 1: the model the thresholds of `fitZoomSteps` come from.
 */
export function fitZoom(
  bounds: LeafletBounds,
  width: number,
  height: number,
  minZoom: number,
  maxZoom: number,
): number {
  const r = worldRect(bounds);
  const scale = Math.min(width / ((r.x1 - r.x0) * TILE_PX), height / ((r.y1 - r.y0) * TILE_PX));
  const zoom = Math.floor(Math.round(Math.log2(scale) * 100) / 100);
  return Math.max(minZoom, Math.min(maxZoom, zoom));
}

/**
 * For each zoom above `minZoom` up to `upTo`, the smallest box that gets it: `fitZoom` ≥ k
 * exactly when width ≥ minWidth and height ≥ minHeight (log2 of the scale, rounded to a
 * hundredth, is ≥ k from k − 0.005 on).
 */
export function fitZoomSteps(bounds: LeafletBounds, minZoom: number, upTo: number): ZoomStep[] {
  const r = worldRect(bounds);
  const steps: ZoomStep[] = [];
  for (let zoom = minZoom + 1; zoom <= upTo; zoom++) {
    const f = TILE_PX * 2 ** (zoom - 0.005);
    steps.push({ zoom, minWidth: (r.x1 - r.x0) * f, minHeight: (r.y1 - r.y0) * f });
  }
  return steps;
}

const num = (n: number) => String(Number(n.toFixed(6)));

/**
 * One axis of Leaflet's limited centre, px from the world's edge: `v` kept so the view
 * (`half` each side) stays within `lo`–`hi`, or the middle of those when it is wider.
 * `(max(a, min(v, b)) + min(b, max(v, a))) / 2` is the clamp when a ≤ b and the middle of a
 * and b when a > b.
 */
function limitedCentre(v: string, lo: string, hi: string, half: string): string {
  const a = `calc(${lo} + ${half})`;
  const b = `calc(${hi} - ${half})`;
  return `calc((max(${a}, min(${v}, ${b})) + min(${b}, max(${v}, ${a}))) / 2)`;
}

/**
 * The first view's CSS: the world square's size at each zoom threshold (`--fv-world`) and
 * which zoom's symbol layer shows (`.fv-z{zoom}`), and the square's place so that the
 * bounds' centre, limited by `frame`, is at the box's centre.
 * @param container the CSS container name of the map's box (`container-type: size`)
 * @param world the class of the world square; layers are `.fv-layer.fv-z{zoom}` inside it
 */
export function firstViewCss(input: {
  container: string;
  world: string;
  bounds: LeafletBounds;
  frame: LeafletBounds;
  minZoom: number;
  steps: ZoomStep[];
  /** the largest zoom drawn: a box that gets a larger one hides the first view's frame */
  lastZoom: number;
}): string {
  const { container, world, minZoom, steps, lastZoom } = input;
  const b = worldRect(input.bounds);
  const f = worldRect(input.frame);
  const ws = 'var(--fv-world)';
  const cx = limitedCentre(
    `calc(${ws} * ${num((b.x0 + b.x1) / 2)})`,
    `calc(${ws} * ${num(f.x0)})`,
    `calc(${ws} * ${num(f.x1)})`,
    '50cqw',
  );
  const cy = limitedCentre(
    `calc(${ws} * ${num((b.y0 + b.y1) / 2)})`,
    `calc(${ws} * ${num(f.y0)})`,
    `calc(${ws} * ${num(f.y1)})`,
    '50cqh',
  );
  const rules = [
    `.${world}{--fv-world:${TILE_PX * 2 ** minZoom}px;width:${ws};height:${ws};left:calc(50cqw - ${cx});top:calc(50cqh - ${cy})}`,
    `.${world} .fv-layer{display:none}`,
    `.${world} .fv-z${minZoom}{display:block}`,
  ];
  for (const s of steps) {
    if (s.zoom > lastZoom) {
      rules.push(
        `@container ${container} (min-width:${s.minWidth.toFixed(3)}px) and (min-height:${s.minHeight.toFixed(3)}px){.fv-frame{display:none}}`,
      );
      break;
    }
    rules.push(
      `@container ${container} (min-width:${s.minWidth.toFixed(3)}px) and (min-height:${s.minHeight.toFixed(3)}px){` +
        `.${world}{--fv-world:${TILE_PX * 2 ** s.zoom}px}.${world} .fv-layer{display:none}.${world} .fv-z${s.zoom}{display:block}}`,
    );
  }
  return rules.join('\n');
}

/** The zoom the first view's shapes are drawn at (and scaled from at others). */
export const FIRST_VIEW_PATH_ZOOM = 4;

/** A bend of a border enclosing less than this many square px at FIRST_VIEW_PATH_ZOOM goes. */
const MIN_BEND_PX2 = 4;
/** A ring (an islet) whose box is smaller than this on both sides, px at that zoom, goes. */
const MIN_RING_PX = 2;

export type FirstViewShapes = {
  /** the SVG's viewBox: the frame at FIRST_VIEW_PATH_ZOOM, px */
  width: number;
  height: number;
  countries: string;
  china: string;
  regions: { id: string; d: string }[];
};

/** Path data of one ring, whole px, relative moves; '' when fewer than three points are left. */
function ringPath(ring: readonly GeoPosition[], project: (p: GeoPosition) => [number, number]) {
  const points: [number, number][] = [];
  for (const p of ring) {
    const [x, y] = project(p).map(Math.round) as [number, number];
    const last = points[points.length - 1];
    if (!last || last[0] !== x || last[1] !== y) points.push([x, y]);
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1])
    points.pop();
  if (points.length < 3) return '';
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const small = (v: number[]) => Math.max(...v) - Math.min(...v) < MIN_RING_PX;
  if (small(xs) && small(ys)) return '';
  let d = `M${points[0]![0]} ${points[0]![1]}l`;
  for (let i = 1; i < points.length; i++) {
    const dx = points[i]![0] - points[i - 1]![0];
    const dy = points[i]![1] - points[i - 1]![1];
    d += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
  }
  return `${d}z`;
}

/**
 * The basemap's shapes within `frame` as SVG path data, whole px at FIRST_VIEW_PATH_ZOOM from
 * the frame's north-west corner. The topology is simplified further first (Visvalingam, bends
 * under MIN_BEND_PX2 square px go), arcs shared by neighbours alike, so no gap opens between them.
 */
export function firstViewShapes(topology: Topology, frame: LeafletBounds): FirstViewShapes {
  const f = worldRect(frame);
  const size = TILE_PX * 2 ** FIRST_VIEW_PATH_ZOOM;
  const width = (f.x1 - f.x0) * size;
  const height = (f.y1 - f.y0) * size;
  const project = (p: GeoPosition): [number, number] => {
    const w = worldPoint([p[0]!, p[1]!]);
    return [(w.x - f.x0) * size, (w.y - f.y0) * size];
  };
  // A triangle's area in Web Mercator px² at FIRST_VIEW_PATH_ZOOM, from its corners [lng, lat].
  const area = (t: GeoPosition[]) => {
    const [a, b, c] = t.map(project) as [[number, number], [number, number], [number, number]];
    return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  };
  const basemap = decodeBasemap(
    simplify(presimplify(structuredClone(topology) as Topology<Objects>, area), MIN_BEND_PX2),
  );
  const path = (g: Geometry | null) => {
    if (g?.type === 'Polygon') return g.coordinates.map((r) => ringPath(r, project)).join('');
    if (g?.type === 'MultiPolygon')
      return g.coordinates.flatMap((poly) => poly.map((r) => ringPath(r, project))).join('');
    return '';
  };
  const join = (fc: FeatureCollection) => fc.features.map((x) => path(x.geometry)).join('');
  return {
    width: Math.round(width),
    height: Math.round(height),
    countries: join(basemap.countries),
    china: join(basemap.china),
    regions: basemap.regions.features.flatMap((x) => {
      const d = path(x.geometry);
      return d ? [{ id: String(x.properties?.id ?? ''), d }] : [];
    }),
  };
}

type Fill = {
  fill: string;
  stroke: string;
  strokeWidth: number;
  fillOpacity?: number;
  strokeOpacity?: number;
};

function attrs(s: Fill): string {
  return (
    `fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}"` +
    (s.fillOpacity === undefined ? '' : ` fill-opacity="${s.fillOpacity}"`) +
    (s.strokeOpacity === undefined ? '' : ` stroke-opacity="${s.strokeOpacity}"`)
  );
}

/**
 * The first view's basemap as an SVG document: the countries, the rest of China and the
 * provinces, in this order, styled as the live map draws them, filling the box it is put in;
 * its lines (non-scaling) keep their width at any size. Each province's shape says what a
 * click on it selects (`data-select="region:<id>"`), as on the live map: a click target, not a
 * Tab stop (the names and the place list are the keyboard's way).
 */
export function firstViewSvg(
  shapes: FirstViewShapes,
  style: { countries: Fill; china: Fill; regions: Fill },
): string {
  // One path each, as Leaflet draws them: a shared border is stroked by both neighbours.
  const regions = shapes.regions
    .map(
      (r) =>
        `<path vector-effect="non-scaling-stroke" data-select="region:${escapeMarkup(r.id)}" d="${r.d}"/>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 ${shapes.width} ${shapes.height}" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
    `<g fill-rule="evenodd" stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke">` +
    `<path vector-effect="non-scaling-stroke" ${attrs(style.countries)} d="${shapes.countries}"/>` +
    `<path vector-effect="non-scaling-stroke" ${attrs(style.china)} d="${shapes.china}"/>` +
    `<g ${attrs(style.regions)}>${regions}</g>` +
    `</g></svg>`
  );
}
