import { describe, expect, it } from 'vitest';
import { clipRing } from './clip-ring';
import type { Point } from './project-mercator';

const rect = { x: 0, y: 0, width: 10, height: 10 };

describe('clipRing', () => {
  it('keeps a ring inside the rectangle as it is, without the closing point', () => {
    const ring: Point[] = [
      [1, 1],
      [5, 1],
      [5, 5],
      [1, 1],
    ];
    expect(clipRing(ring, rect)).toEqual([
      [1, 1],
      [5, 1],
      [5, 5],
    ]);
  });

  it('cuts a ring that sticks out along the rectangle’s edge', () => {
    const ring: Point[] = [
      [5, 5],
      [15, 5],
      [15, 8],
      [5, 8],
    ];
    expect(clipRing(ring, rect)).toEqual([
      [5, 5],
      [10, 5],
      [10, 8],
      [5, 8],
    ]);
  });

  it('gives the rectangle itself for a ring around it, and nothing for a ring outside', () => {
    const around: Point[] = [
      [-5, -5],
      [20, -5],
      [20, 20],
      [-5, 20],
    ];
    expect(clipRing(around, rect)).toHaveLength(4);
    expect(clipRing(around, rect)).toEqual(
      expect.arrayContaining([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]),
    );
    const outside: Point[] = [
      [20, 20],
      [30, 20],
      [30, 30],
    ];
    expect(clipRing(outside, rect)).toEqual([]);
  });
});
