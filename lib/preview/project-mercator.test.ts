import { describe, expect, it } from 'vitest';
import type { LeafletBounds } from '@/lib/geo/types';
import { latitudeAt, mercatorY, projectMercator, type Rect } from './project-mercator';

const frame: Rect = { x: 440, y: 0, width: 760, height: 630 };

describe('projectMercator', () => {
  it('maps the bounds corners onto the padded frame, filling one axis and centring the other', () => {
    const bounds: LeafletBounds = [
      [34, 74],
      [53.5, 134.5],
    ];
    const project = projectMercator(bounds, frame, 36);
    const [x0, y0] = project([74, 53.5]); // north-west
    const [x1, y1] = project([134.5, 34]); // south-east
    // Wide bounds: they fill the padded width exactly...
    expect(x0).toBeCloseTo(440 + 36, 6);
    expect(x1).toBeCloseTo(440 + 760 - 36, 6);
    // ...and are centred in the height, inside the padding.
    expect(y0).toBeGreaterThanOrEqual(36);
    expect(y1).toBeLessThanOrEqual(630 - 36);
    expect((y0 + y1) / 2).toBeCloseTo(315, 6);
  });

  it('fills the padded height for tall bounds and centres them across', () => {
    const project = projectMercator(
      [
        [30, 100],
        [50, 101],
      ],
      frame,
      20,
    );
    const [x0, y0] = project([100, 50]);
    const [x1, y1] = project([101, 30]);
    expect(y0).toBeCloseTo(20, 6);
    expect(y1).toBeCloseTo(610, 6);
    expect((x0 + x1) / 2).toBeCloseTo(440 + 380, 6);
  });

  it('is Mercator: a degree of latitude is taller further north', () => {
    const project = projectMercator(
      [
        [0, 0],
        [60, 60],
      ],
      frame,
    );
    const step = (lat: number) => project([30, lat])[1] - project([30, lat + 1])[1];
    expect(step(50)).toBeGreaterThan(step(10) * 1.4);
    // and x is linear in longitude
    expect(project([30, 0])[0] - project([20, 0])[0]).toBeCloseTo(
      project([50, 0])[0] - project([40, 0])[0],
      9,
    );
  });

  it('latitudeAt undoes mercatorY, and y is 0 at the equator and grows north', () => {
    for (const lat of [-80, -45.5, 0, 22.3, 39.9, 60, 85]) {
      expect(latitudeAt(mercatorY(lat))).toBeCloseTo(lat, 9);
    }
    expect(mercatorY(0)).toBeCloseTo(0, 12);
    expect(mercatorY(40)).toBeGreaterThan(mercatorY(39));
    expect(mercatorY(89)).toBe(mercatorY(85.0511287798));
  });

  it('rejects swapped or empty bounds and a frame smaller than its padding', () => {
    expect(() =>
      projectMercator(
        [
          [50, 100],
          [30, 120],
        ],
        frame,
      ),
    ).toThrow(/north > south/);
    expect(() =>
      projectMercator(
        [
          [30, 100],
          [50, 120],
        ],
        frame,
        400,
      ),
    ).toThrow(/no room/);
  });
});
