import { describe, expect, it } from 'vitest';
import { BoxIndex, overlaps, type Box } from './box-index';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('BoxIndex', () => {
  it('answers like a scan of every box, for boxes of any size, anywhere, with any gap', () => {
    const next = random(7);
    for (let round = 0; round < 40; round++) {
      const index = new BoxIndex(16 + Math.floor(next() * 100));
      const placed: Box[] = [];
      const box = (): Box => ({
        x: (next() - 0.5) * 2000,
        y: (next() - 0.5) * 1200,
        w: 1 + next() * (next() < 0.1 ? 400 : 60),
        h: 1 + next() * 30,
      });
      for (let i = 0; i < 150; i++) {
        const b = box();
        const gap = Math.floor(next() * 6);
        expect(index.overlapsAny(b, gap)).toBe(placed.some((p) => overlaps(b, p, gap)));
        if (next() < 0.6) {
          index.add(b);
          placed.push(b);
        }
      }
    }
  });

  it('sees a box that overlaps only within the gap, across a cell border', () => {
    const index = new BoxIndex(10);
    index.add({ x: 9, y: 5, w: 2, h: 2 }); // x 8–10, in the cell 0–10
    // x 11.5–13.5, in the next cell: 1.5 px apart, so closer than a 2 px gap, not a 1 px one.
    expect(index.overlapsAny({ x: 12.5, y: 5, w: 2, h: 2 }, 0)).toBe(false);
    expect(index.overlapsAny({ x: 12.5, y: 5, w: 2, h: 2 }, 1)).toBe(false);
    expect(index.overlapsAny({ x: 12.5, y: 5, w: 2, h: 2 }, 2)).toBe(true);
  });

  it('is empty at first', () => {
    expect(new BoxIndex().overlapsAny({ x: 0, y: 0, w: 10, h: 10 })).toBe(false);
  });
});
