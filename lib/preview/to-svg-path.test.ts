import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Position } from '@/lib/geo/types';
import type { Point } from './project-mercator';
import { toSvgPath } from './to-svg-path';

const identity = ([x, y]: Position): Point => [x, y];
const clip = { x: -10, y: -10, width: 1220, height: 650 };

describe('toSvgPath', () => {
  it('draws a polygon with its hole as closed subpaths, rounded to 0.1 px', () => {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0.04, 0],
          [100.26, 0],
          [100, 100.449],
          [0, 0],
        ],
        [
          [10, 10],
          [20, 10],
          [20, 20],
          [10, 10],
        ],
      ],
    };
    expect(toSvgPath(polygon, identity, clip)).toBe('M0 0L100.3 0 100 100.4ZM10 10L20 10 20 20Z');
  });

  it('drops points less than 0.6 px apart and rings smaller than a triangle', () => {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [0.2, 0.1],
            [50, 0],
            [50, 50],
            [0, 0],
          ],
        ],
        [
          [
            [300, 300],
            [300.2, 300],
            [300, 300.3],
            [300, 300],
          ],
        ],
      ],
    };
    expect(toSvgPath(multi, identity, clip)).toBe('M0 0L50 0 50 50Z');
  });

  it('clips to the rectangle and gives "" for a shape entirely outside it', () => {
    const square = (x: number): Polygon => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x + 100, 0],
          [x + 100, 100],
          [x, 100],
          [x, 0],
        ],
      ],
    });
    expect(toSvgPath(square(5000), identity, clip)).toBe('');
    expect(toSvgPath(square(1200), identity, clip)).toBe('M1200 0L1210 0 1210 100 1200 100Z');
  });

  it('fills the whole rectangle for a shape around it, and keeps only the holes inside it', () => {
    const around: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-500, -500],
          [2000, -500],
          [2000, 1000],
          [-500, 1000],
          [-500, -500],
        ],
        [
          [100, 100],
          [200, 100],
          [200, 200],
          [100, 100],
        ],
        [
          [1500, 700],
          [1600, 700],
          [1600, 800],
          [1500, 700],
        ],
      ],
    };
    expect(toSvgPath(around, identity, clip)).toBe(
      'M-10 640L-10 -10 1210 -10 1210 640ZM100 100L200 100 200 200Z',
    );
  });

  it('names what it was given when it is not an area', () => {
    expect(() =>
      toSvgPath({ type: 'Point', coordinates: [0, 0] } as never, identity, clip),
    ).toThrow('toSvgPath: geometry must be a Polygon or MultiPolygon, got Point');
  });
});
