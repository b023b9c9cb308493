import { describe, expect, it } from 'vitest';
import { loadTopology } from '@/lib/data/load-geodata';
import {
  firstViewCss,
  firstViewShapes,
  firstViewSvg,
  fitZoom,
  fitZoomSteps,
  worldPoint,
  worldRect,
} from './first-view';
import { basemapFrame, northChinaBounds } from './initial-view';

describe('fitZoomSteps', () => {
  const steps = fitZoomSteps(northChinaBounds, 3, 8);
  /** The zoom the container-query thresholds give a box. */
  const byThresholds = (w: number, h: number) =>
    steps
      .filter((s) => w >= s.minWidth && h >= s.minHeight)
      .reduce((z, s) => Math.max(z, s.zoom), 3);

  it('gives every box the zoom Leaflet fits the bounds at', () => {
    for (let w = 100; w <= 4000; w += 7)
      for (let h = 100; h <= 2500; h += 11)
        expect(byThresholds(w, h), `${w}×${h}`).toBe(fitZoom(northChinaBounds, w, h, 3, 8));
  });

  it('moves to the next zoom within a hundredth of it, as Leaflet rounds', () => {
    const s = steps[0]!;
    expect(fitZoom(northChinaBounds, Math.ceil(s.minWidth), 2000, 3, 8)).toBe(4);
    expect(fitZoom(northChinaBounds, Math.floor(s.minWidth), 2000, 3, 8)).toBe(3);
  });
});

describe('worldPoint', () => {
  it('puts 0°, 0° in the middle of the world and the east and north at the edges', () => {
    expect(worldPoint([0, 0])).toEqual({ x: 0.5, y: 0.5 });
    expect(worldPoint([180, 0]).x).toBe(1);
    expect(worldPoint([0, 85.0511287798]).y).toBeCloseTo(0, 9);
  });
});

describe('firstViewCss', () => {
  it('has one container query per zoom and one that hides the view past the last zoom', () => {
    const steps = fitZoomSteps(northChinaBounds, 3, 6);
    const css = firstViewCss({
      container: 'first-view',
      world: 'fv-world',
      bounds: northChinaBounds,
      frame: basemapFrame,
      minZoom: 3,
      steps,
      lastZoom: 5,
    });
    expect(css.match(/@container first-view/g)).toHaveLength(3);
    expect(css).toContain('.fv-z3{display:block}');
    expect(css).toContain('--fv-world:8192px');
    expect(css).toMatch(
      /min-width:2743\.\d+px\) and \(min-height:1241\.\d+px\)\{\.fv-frame\{display:none\}\}/,
    );
  });
});

describe('firstViewShapes', () => {
  const shapes = firstViewShapes(loadTopology(), basemapFrame);
  it('draws all ten provinces, closed, inside the frame', () => {
    expect(shapes.regions).toHaveLength(10);
    for (const r of shapes.regions) {
      expect(r.d).toMatch(/^M\d+ \d+l/);
      expect(r.d.endsWith('z')).toBe(true);
      const [, x, y] = /^M(\d+) (\d+)/.exec(r.d)!;
      expect(Number(x)).toBeLessThanOrEqual(shapes.width);
      expect(Number(y)).toBeLessThanOrEqual(shapes.height);
    }
  });
  it('is the frame at zoom 4', () => {
    const f = worldRect(basemapFrame);
    expect(shapes.width).toBe(Math.round((f.x1 - f.x0) * 4096));
  });
});

describe('firstViewSvg', () => {
  it('makes each province shape a click target naming its region', () => {
    const f = { fill: '#000', stroke: '#111', strokeWidth: 1 };
    const svg = firstViewSvg(firstViewShapes(loadTopology(), basemapFrame), {
      countries: f,
      china: f,
      regions: f,
    });
    const ids = [...svg.matchAll(/data-select="region:([a-z-]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual([
      'beijing',
      'gansu',
      'hebei',
      'heilongjiang',
      'inner-mongolia',
      'jilin',
      'liaoning',
      'ningxia',
      'tianjin',
      'xinjiang',
    ]);
  });
});
