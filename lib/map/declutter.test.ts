import { describe, expect, it } from 'vitest';
import {
  fanOutMarkers,
  overlaps,
  panToUncut,
  placeCityLabels,
  placeLabels,
  type Box,
  type Point,
} from './declutter';

const SIZE = 28;
const GAP = 4;

function boxes(points: Point[], offsets: Map<string, { dx: number; dy: number }>): Box[] {
  return points.map((p) => ({
    x: p.x + offsets.get(p.id)!.dx,
    y: p.y + offsets.get(p.id)!.dy,
    w: SIZE,
    h: SIZE,
  }));
}

describe('fanOutMarkers', () => {
  it('leaves markers that stand apart where they are', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 100, y: 0 },
    ];
    const out = fanOutMarkers(points, SIZE, GAP);
    expect(out.get('a')).toEqual({ dx: 0, dy: 0 });
    expect(out.get('b')).toEqual({ dx: 0, dy: 0 });
  });

  it('separates the three Beijing-area offices at overview zoom, each towards its own side', () => {
    // Pixel positions at zoom 5: the office, Henderson Centre ~3 km east, Tianjin to the south-east.
    const points = [
      { id: 'office', x: 0, y: 0 },
      { id: 'henderson', x: 0.8, y: 0.6 },
      { id: 'tianjin', x: 18, y: 24 },
    ];
    const out = fanOutMarkers(points, SIZE, GAP);
    const drawn = boxes(points, out);
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) expect(overlaps(drawn[i]!, drawn[j]!)).toBe(false);
    // Tianjin stays on the south-east side of the group.
    expect(drawn[2]!.x).toBeGreaterThan(drawn[0]!.x);
    expect(drawn[2]!.y).toBeGreaterThan(drawn[0]!.y);
  });

  it('separates markers at the very same point', () => {
    const points = ['a', 'b', 'c', 'd'].map((id) => ({ id, x: 5, y: 5 }));
    const drawn = boxes(points, fanOutMarkers(points, SIZE, GAP));
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) expect(overlaps(drawn[i]!, drawn[j]!)).toBe(false);
  });

  it('keeps a fanned group clear of a neighbour just outside it', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 2, y: 0 },
      { id: 'c', x: 40, y: 0 },
    ];
    const drawn = boxes(points, fanOutMarkers(points, SIZE, GAP));
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) expect(overlaps(drawn[i]!, drawn[j]!)).toBe(false);
  });
});

describe('placeLabels', () => {
  it('draws a label that fits at its point when that is free', () => {
    const out = placeLabels([{ id: 'gansu', x: 0, y: 0, w: 30, h: 16, fits: true }], [], 10);
    expect(out.get('gansu')).toEqual({ dx: 0, dy: 0, leader: false });
  });

  it('moves a label that does not fit off its point, with a leader line, clear of markers', () => {
    const marker = { x: 0, y: 0, w: 28, h: 28 };
    const out = placeLabels(
      [{ id: 'beijing', x: 0, y: 0, w: 30, h: 16, fits: false }],
      [marker],
      20,
    );
    const spot = out.get('beijing')!;
    expect(spot.leader).toBe(true);
    expect(overlaps({ x: spot.dx, y: spot.dy, w: 30, h: 16 }, marker)).toBe(false);
  });

  it('keeps labels off each other, first come first served', () => {
    const labels = [
      { id: 'a', x: 0, y: 0, w: 40, h: 16, fits: true },
      { id: 'b', x: 5, y: 2, w: 40, h: 16, fits: true },
    ];
    const out = placeLabels(labels, [], 10);
    const a = out.get('a')!;
    const b = out.get('b')!;
    expect(a).toEqual({ dx: 0, dy: 0, leader: false });
    expect(
      overlaps(
        { x: 0 + a.dx, y: 0 + a.dy, w: 40, h: 16 },
        { x: 5 + b.dx, y: 2 + b.dy, w: 40, h: 16 },
      ),
    ).toBe(false);
  });

  it('leaves out a label with no free place', () => {
    const wall = { x: 0, y: 0, w: 2000, h: 2000 };
    const out = placeLabels([{ id: 'x', x: 0, y: 0, w: 20, h: 10, fits: true }], [wall], 10);
    expect(out.get('x')).toBeNull();
  });
});

describe('panToUncut', () => {
  const keep = { id: 'office', x: 200, y: 180 };
  it('pans a marker cut by the bottom edge fully into view', () => {
    const pan = panToUncut([keep, { id: 'tianjin', x: 350, y: 355 }], keep, 412, 361, 28);
    expect(pan.dy).toBeGreaterThan(0);
    expect(355 - pan.dy).toBeLessThanOrEqual(361 - 16);
  });
  it('pans a marker cut by the left edge to the right', () => {
    const pan = panToUncut([keep, { id: 'a', x: 3, y: 100 }], keep, 412, 361, 28);
    expect(pan.dx).toBeLessThan(0);
    expect(3 - pan.dx).toBeGreaterThanOrEqual(16);
  });
  it('leaves markers well inside or well outside alone', () => {
    const pan = panToUncut(
      [keep, { id: 'a', x: 100, y: 100 }, { id: 'b', x: 900, y: 100 }],
      keep,
      412,
      361,
      28,
    );
    expect(pan).toEqual({ dx: 0, dy: 0 });
  });
  it('never pans the selection out of view', () => {
    const near = { id: 'sel', x: 20, y: 180 };
    const pan = panToUncut([near, { id: 'a', x: 405, y: 100 }], near, 412, 361, 28);
    expect(pan.dx).toBe(0);
  });
});

describe('placeCityLabels', () => {
  it('puts a name to the right of its dot when there is room', () => {
    const out = placeCityLabels([{ id: 'a', x: 0, y: 0, w: 40, h: 16 }], []);
    expect(out.get('a')!.dx).toBeGreaterThan(0);
    expect(out.get('a')!.dy).toBe(0);
  });
  it('moves a name to the other side of an obstacle, and drops a city it cannot place', () => {
    const right: Box = { x: 30, y: 0, w: 40, h: 16 };
    const out = placeCityLabels([{ id: 'a', x: 0, y: 0, w: 40, h: 16 }], [right]);
    expect(out.get('a')!.dx).toBeLessThan(0);
    const dropped = placeCityLabels(
      [{ id: 'b', x: 0, y: 0, w: 40, h: 16 }],
      [{ x: 0, y: 0, w: 200, h: 200 }],
    );
    expect(dropped.get('b')).toBeNull();
  });
  it('names a city a marker stands on beside the marker, without a dot', () => {
    const marker: Box = { x: 0, y: 0, w: 32, h: 32 };
    const out = placeCityLabels([{ id: 'a', x: 2, y: 1, w: 40, h: 16 }], [marker], 6, 2, [marker]);
    const o = out.get('a')!;
    expect(o.dot).toBe(false);
    expect(overlaps({ x: 2 + o.dx, y: 1 + o.dy, w: 40, h: 16 }, marker)).toBe(false);
  });
  it('never lets two names or dots overlap, most important first', () => {
    const cities = Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`,
      x: (i * 37) % 300,
      y: (i * 53) % 200,
      w: 30 + (i % 4) * 10,
      h: 16,
    }));
    const out = placeCityLabels(cities, []);
    const placed = cities.flatMap((c) => {
      const o = out.get(c.id);
      return o
        ? [
            { x: c.x + o.dx, y: c.y + o.dy, w: c.w, h: c.h },
            { x: c.x, y: c.y, w: 6, h: 6 },
          ]
        : [];
    });
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        // A city's own name and dot touch by design; any other pair must not overlap.
        if (Math.floor(i / 2) === Math.floor(j / 2)) continue;
        expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
      }
    expect(out.get('c0')).not.toBeNull();
  });
});
