/**
 * Keeps the map's symbols and labels apart, in screen pixels at one zoom level. Pure: the map
 * projects positions to pixels, these functions say where each thing is drawn instead.
 *
 * - Markers closer than their size fan out around their group's centre (an always-open
 *   "spiderfy"), each towards the side it lies on, with a leader line back to its position.
 * - Labels go greedily, in the order given: at their point when they fit inside their area,
 *   else at the first of a ring of places around it (with a leader line) that covers nothing
 *   already placed; a label with no free place is not drawn.
 */
import { BoxIndex, overlaps, type Box } from './box-index';

export { overlaps, type Box };
export type Point = { id: string; x: number; y: number };
export type Offset = { dx: number; dy: number };

/** Groups of points whose boxes of `reach` px would touch (single linkage). */
function groupsWithin(points: readonly Point[], reach: number): Point[][] {
  const parent = points.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      if (Math.abs(a.x - b.x) < reach && Math.abs(a.y - b.y) < reach) parent[find(i)] = find(j);
    }
  const groups = new Map<number, Point[]>();
  points.forEach((p, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  });
  return [...groups.values()];
}

/** Smallest signed difference between two angles, in radians. */
function angleDiff(a: number, b: number): number {
  const d = (((a - b) % (2 * Math.PI)) + 3 * Math.PI) % (2 * Math.PI);
  return d - Math.PI;
}

function fanGroup(group: Point[], size: number, gap: number, out: Map<string, Offset>) {
  const spacing = size + gap;
  const cx = group.reduce((s, p) => s + p.x, 0) / group.length;
  const cy = group.reduce((s, p) => s + p.y, 0) / group.length;
  const n = group.length;
  // Neighbours on the circle are `spacing` apart: the chord of 2π/n.
  const radius = n === 2 ? spacing / 2 : spacing / (2 * Math.sin(Math.PI / n));
  // Each member's own direction from the centre; ties (the same point) keep the input order.
  const own = group.map((p, i) =>
    Math.hypot(p.x - cx, p.y - cy) < 1e-6
      ? -Math.PI / 2 + (i * 2 * Math.PI) / n
      : Math.atan2(p.y - cy, p.x - cx),
  );
  const order = group.map((_, i) => i).sort((a, b) => own[a]! - own[b]! || a - b);
  // Evenly spaced seats, turned so that members move as little as possible from their side.
  let best = { cost: Infinity, start: 0 };
  for (let k = 0; k < 72; k++) {
    const start = (k * 2 * Math.PI) / 72;
    const cost = order.reduce(
      (s, m, seat) => s + angleDiff(start + (seat * 2 * Math.PI) / n, own[m]!) ** 2,
      0,
    );
    if (cost < best.cost) best = { cost, start };
  }
  // Markers are hit as square boxes: widen the circle until no two boxes touch.
  const seats = (r: number) =>
    order.map((_, seat) => {
      const angle = best.start + (seat * 2 * Math.PI) / n;
      return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), w: size, h: size };
    });
  let r = radius;
  let placed = seats(r);
  while (placed.some((a, i) => placed.some((b, j) => j > i && overlaps(a, b, gap / 2)))) {
    r *= 1.08;
    placed = seats(r);
  }
  order.forEach((m, seat) => {
    const p = group[m]!;
    out.set(p.id, { dx: placed[seat]!.x - p.x, dy: placed[seat]!.y - p.y });
  });
}

/**
 * Where each marker of `size` px is drawn so that none covers another by less than `gap` px:
 * an offset from its position (0, 0 where it stands alone).
 */
export function fanOutMarkers(
  points: readonly Point[],
  size: number,
  gap: number,
): Map<string, Offset> {
  const spacing = size + gap;
  let reach = spacing;
  let out = new Map<string, Offset>();
  // Fanned groups can reach their neighbours; widen the grouping until nothing touches.
  for (let round = 0; round < 6; round++) {
    out = new Map();
    for (const group of groupsWithin(points, reach)) {
      if (group.length === 1) out.set(group[0]!.id, { dx: 0, dy: 0 });
      else fanGroup(group, size, gap, out);
    }
    const boxes = points.map((p) => {
      const o = out.get(p.id)!;
      return { x: p.x + o.dx, y: p.y + o.dy, w: size, h: size };
    });
    const clash = boxes.some((a, i) => boxes.some((b, j) => j > i && overlaps(a, b, gap / 2)));
    if (!clash) return out;
    reach *= 1.6;
  }
  return out;
}

export type LabelInput = {
  id: string;
  /** the label's anchor (a point inside its area), in pixels */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The label fits inside its area at this zoom, so it is drawn at its point if that is free. */
  fits: boolean;
};
export type PlacedLabel = Offset & { leader: boolean };

/** Ring of places around a point, nearest first: right, left, then the diagonals, above, below. */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [0, -1],
  [0, 1],
];

function candidates(label: LabelInput, reach: number): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  if (label.fits) out.push({ dx: 0, dy: 0, leader: false });
  for (const step of [1, 1.7, 2.6, 3.8, 5.2]) {
    for (const [ux, uy] of DIRECTIONS) {
      // The label's near edge `reach * step` px from the point, in that direction.
      const dx = ux * (label.w / 2 + reach * step);
      const dy = uy * (label.h / 2 + reach * step);
      out.push({ dx, dy, leader: !label.fits || step > 1 });
    }
  }
  return out;
}

/**
 * Places labels in the order given (most important first) so that none covers another or an
 * obstacle (the markers). `reach` is how far from its point a label may first be moved.
 * Returns each label's offset and whether it needs a leader line, or null if it is not drawn.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  obstacles: readonly Box[],
  reach: number,
  gap = 2,
): Map<string, PlacedLabel | null> {
  const taken: Box[] = [...obstacles];
  const out = new Map<string, PlacedLabel | null>();
  for (const label of labels) {
    const spot = candidates(label, reach).find(
      (c) =>
        !taken.some((t) =>
          overlaps({ x: label.x + c.dx, y: label.y + c.dy, w: label.w, h: label.h }, t, gap),
        ),
    );
    out.set(label.id, spot ?? null);
    if (spot) taken.push({ x: label.x + spot.dx, y: label.y + spot.dy, w: label.w, h: label.h });
  }
  return out;
}

/**
 * How far to pan a freshly framed view so that no marker is cut by its edge: a marker whose
 * box of `size` px crosses an edge is brought fully inside, while `keep` (the selection)
 * stays fully inside too. Points are in the view's pixels, [0, width] × [0, height].
 * Returns the pan in pixels (Leaflet's `panBy`): positive x moves the view right.
 */
export function panToUncut(
  points: readonly Point[],
  keep: Point,
  width: number,
  height: number,
  size: number,
): Offset {
  const half = size / 2 + 2;
  let dx = 0;
  let dy = 0;
  for (const p of points) {
    const cutX = cutBy(p.x, width, half);
    const cutY = cutBy(p.y, height, half);
    if (Math.abs(cutX) > Math.abs(dx)) dx = cutX;
    if (Math.abs(cutY) > Math.abs(dy)) dy = cutY;
  }
  // Never at the cost of the selection.
  const inside = (v: number, max: number) => v >= half && v <= max - half;
  if (!inside(keep.x - dx, width)) dx = 0;
  if (!inside(keep.y - dy, height)) dy = 0;
  return { dx, dy };
}

/** How far a box centred at `v` with half-size `half` sticks out over an edge of [0, max]. */
function cutBy(v: number, max: number, half: number): number {
  if (v > -half && v < half) return v - half;
  if (v > max - half && v < max + half) return v - (max - half);
  return 0;
}

export type CityInput = Point & { w: number; h: number };
/** Where a city's name goes: its centre's offset from the city; `dot` false where a marker stands on the city. */
export type PlacedCity = Offset & { dot: boolean };

/** Where a city's name goes around its dot: right, left, above, below (the cartographer's order). */
const CITY_SIDES: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
];

/**
 * Places city names in the order given (most important first) beside their dots, so that no
 * name or dot covers another, an obstacle (office markers, province names) or an earlier
 * city. Where a marker (one of `markers`, a subset of the obstacles) stands on the city, the
 * name goes beside the marker instead, with no dot: the marker is in that city. Returns each
 * name's offset from the city, or null when the city is left out at this zoom.
 */
export function placeCityLabels(
  cities: readonly CityInput[],
  obstacles: readonly Box[],
  dot = 6,
  gap = 2,
  markers: readonly Box[] = [],
): Map<string, PlacedCity | null> {
  const taken = new BoxIndex();
  for (const o of obstacles) taken.add(o);
  const out = new Map<string, PlacedCity | null>();
  const free = (b: Box) => !taken.overlapsAny(b, gap);
  for (const c of cities) {
    const dotBox = { x: c.x, y: c.y, w: dot, h: dot };
    const under = free(dotBox) ? null : markers.find((m) => overlaps(dotBox, m));
    if (!free(dotBox) && !under) {
      out.set(c.id, null);
      continue;
    }
    // Around the dot, or around the marker standing on the city.
    const around = under ?? dotBox;
    let placed: PlacedCity | null = null;
    for (const [ux, uy] of CITY_SIDES) {
      const x = around.x + ux * (around.w / 2 + gap + c.w / 2);
      const y = around.y + uy * (around.h / 2 + gap + c.h / 2);
      const box = { x, y, w: c.w, h: c.h };
      if (free(box)) {
        placed = { dx: x - c.x, dy: y - c.y, dot: !under };
        taken.add(box);
        break;
      }
    }
    out.set(c.id, placed);
    if (placed?.dot) taken.add(dotBox);
  }
  return out;
}
