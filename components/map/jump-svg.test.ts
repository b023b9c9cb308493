// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Feature } from 'geojson';
import { decodeBasemapLayer } from '@/lib/map/decode-basemap';
import { northChinaBounds } from '@/lib/map/initial-view';

type Leaflet = typeof import('leaflet');
let L: Leaflet;
let jumpSvg: typeof import('./jump-svg').jumpSvg;
beforeAll(async () => {
  // Leaflet decides at import whether the browser has SVG: jsdom has no createSVGRect.
  (SVGSVGElement.prototype as unknown as { createSVGRect: () => object }).createSVGRect =
    () => ({});
  L = (await import('leaflet')).default as unknown as Leaflet;
  ({ jumpSvg } = await import('./jump-svg'));
});

const topology = JSON.parse(readFileSync('data/geo.topo.json', 'utf8'));
const regions = decodeBasemapLayer(topology, 'regions');

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

type Counted = { _project(): void; _update(): void };

/** A jsdom map (800×600) with the provinces drawn by `renderer`; counts each path's work. */
function provincesOn(renderer: import('leaflet').Renderer | undefined) {
  const el = document.createElement('div');
  Object.defineProperty(el, 'clientWidth', { value: 800 });
  Object.defineProperty(el, 'clientHeight', { value: 600 });
  document.body.append(el);
  const map = L.map(el, { zoomSnap: 1, zoomAnimation: false, fadeAnimation: false });
  map.fitBounds(northChinaBounds);
  const options: import('leaflet').GeoJSONOptions & import('leaflet').PathOptions = { renderer };
  const layer = L.geoJSON(undefined, options).addTo(map);
  for (let i = 0; i < regions.length; i++) layer.addData(regions.feature(i) as Feature);
  const calls = { project: 0, update: 0 };
  layer.eachLayer((path) => {
    const p = path as unknown as Counted;
    const project = p._project.bind(p);
    const update = p._update.bind(p);
    p._project = () => {
      calls.project++;
      project();
    };
    p._update = () => {
      calls.update++;
      update();
    };
  });
  const drawn = () =>
    [...el.querySelectorAll('path')].map((path) => path.getAttribute('d')).join('\n');
  cleanup.push(() => {
    map.remove();
    el.remove();
  });
  return { map, layer, calls, drawn, count: regions.length };
}

describe('jumpSvg', () => {
  it('projects and draws each province once when the view jumps to another zoom', () => {
    const { map, calls, count } = provincesOn(jumpSvg());
    map.setView([39.9, 116.4], 8, { animate: false });
    expect(calls).toEqual({ project: count, update: count });
  });

  it('draws the same paths as Leaflet’s own renderer, after jumps, a pan and a zoom', () => {
    const mine = provincesOn(jumpSvg());
    const stock = provincesOn(undefined);
    expect(mine.drawn()).toBe(stock.drawn());
    expect(mine.drawn()).toContain('M');
    const steps: ((map: import('leaflet').Map) => void)[] = [
      (map) => map.setView([39.1, 117.2], 8, { animate: false }),
      (map) => map.panBy([120, -80], { animate: false }),
      (map) => map.setZoom(6, { animate: false }),
      (map) => map.fitBounds(northChinaBounds, { animate: false }),
      (map) => map.setView([41.8, 123.4], 7, { animate: false }),
    ];
    for (const step of steps) {
      step(mine.map);
      step(stock.map);
      expect(mine.drawn()).toBe(stock.drawn());
    }
  });

  it('leaves work outside a jump to Leaflet: a pan redraws the paths without projecting', () => {
    const { map, calls, count } = provincesOn(jumpSvg());
    const moved = vi.fn();
    map.on('moveend', moved);
    map.panBy([50, 50], { animate: false });
    expect(moved).toHaveBeenCalledOnce();
    expect(calls).toEqual({ project: 0, update: count });
  });
});
