// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FinderCity, FinderData } from '@/lib/finder/finder-data';
import { loadAtlas } from '@/lib/atlas/load-atlas';
import { northChinaBounds } from '@/lib/map/initial-view';
import { TaskQueue } from '@/lib/map/task-queue';
import { loadNetwork } from '@/lib/network/load';
import { COLORS, mix, NETWORK_COLORS, NETWORK_FILL_OPACITY } from '@/lib/map/region-style';
import { toMapNetwork } from '@/lib/network/map-network';
import { decodeWater } from '@/lib/map/decode-water';
import type { Selection } from '@/lib/url/selection';

// Leaflet decides at import whether the browser has SVG: jsdom has no SVGSVGElement.createSVGRect.
type Leaflet = typeof import('leaflet');
type Controller = typeof import('./controller');
let L: Leaflet;
let MapController: Controller['MapController'];
beforeAll(async () => {
  (SVGSVGElement.prototype as unknown as { createSVGRect: () => object }).createSVGRect =
    () => ({});
  L = (await import('leaflet')).default as unknown as Leaflet;
  ({ MapController } = await import('./controller'));
});

const { mapData } = loadAtlas();
const topology = JSON.parse(readFileSync('data/geo.topo.json', 'utf8'));
const water = JSON.parse(readFileSync('data/water.topo.json', 'utf8'));
const none = {
  selection: null,
  relatedRegionIds: [],
  relatedPlaceIds: [],
  date: null,
  tilesShown: false,
  networkShown: false,
};
const network = toMapNetwork(loadNetwork());

/** A city in the finder data's form. */
function city(id: string, name: string, position: [number, number]): FinderCity {
  return {
    id,
    names: { 'zh-Hant': name, 'zh-Hans': name, en: id },
    position,
    minZoom: 5,
    capital: false,
  } as unknown as FinderCity;
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

/**
 * A map in jsdom (800×600) with a controller whose tasks, idle callbacks and fetches the test
 * runs by hand. Each task may step for `budgetMs` of a clock that moves `stepMs` per reading.
 */
function setup(
  options: {
    zoomTo?: [number, [number, number]];
    cities?: FinderCity[];
    basemap?: unknown;
  } = {},
) {
  const el = document.createElement('div');
  Object.defineProperty(el, 'clientWidth', { value: 800 });
  Object.defineProperty(el, 'clientHeight', { value: 600 });
  document.body.append(el);
  const map = L.map(el, {
    zoomSnap: 1,
    fadeAnimation: false,
    zoomAnimation: false,
    attributionControl: false,
    zoomControl: false,
  });
  if (options.zoomTo) map.setView(options.zoomTo[1], options.zoomTo[0]);
  else map.fitBounds(northChinaBounds);
  const posted: (() => void)[] = [];
  const idle: (() => void)[] = [];
  let clock = 0;
  const queue = new TaskQueue({
    post: (run) => posted.push(run),
    now: () => (clock += 1),
    budgetMs: 8,
    onError: (e) => {
      throw e;
    },
  });
  const selected: Selection[] = [];
  const errors: string[] = [];
  const loads = { cities: 0, water: 0, network: 0 };
  const controller = new MapController({
    map,
    locale: 'zh-Hant',
    places: mapData.places,
    regions: mapData.regions,
    topologyUrl: '/data/geo.topo.json',
    citiesSelectable: true,
    onSelect: (next) => selected.push(next),
    onBasemapError: (message) => errors.push(message),
    queue,
    paneRenderer: (pane) => L.svg({ pane }),
    measure: (text, _weight, px) => [...text].length * px,
    loadJson: async () => options.basemap ?? topology,
    loadCities: async () => {
      loads.cities++;
      return { cities: options.cities ?? [], regions: [], places: [] } as unknown as FinderData;
    },
    loadWater: async () => {
      loads.water++;
      return decodeWater(water);
    },
    loadNetwork: async () => {
      loads.network++;
      return network;
    },
    whenIdle: (run) => idle.push(run),
  });
  cleanup.push(() => {
    controller.destroy();
    map.remove();
    el.remove();
  });
  /** Runs posted tasks (and settles fetches) until nothing is left; returns how many ran. */
  async function drain() {
    let tasks = 0;
    for (let round = 0; round < 50; round++) {
      await new Promise((r) => setTimeout(r, 0));
      if (!posted.length) return tasks;
      while (posted.length) {
        posted.shift()!();
        tasks++;
      }
    }
    throw new Error('the queue never emptied');
  }
  const q = (selector: string) => el.querySelectorAll(selector);
  return { map, el, controller, drain, q, selected, errors, idle, loads, posted };
}

describe('MapController', () => {
  it('does no map work inside update(): everything waits for the queue’s own tasks', async () => {
    const { controller, q, posted, drain } = setup();
    controller.update(none);
    expect(q('.office-marker')).toHaveLength(0);
    expect(posted.length).toBeGreaterThan(0);
    const tasks = await drain();
    expect(q('.office-marker')).toHaveLength(4);
    // In steps: the queue handed the thread back to the browser between them.
    expect(tasks).toBeGreaterThan(1);
  });

  it('draws the offices and the ten names, and the ten provinces over the context once loaded', async () => {
    const { controller, q, el, drain } = setup();
    controller.update(none);
    await drain();
    expect(q('.office-marker')).toHaveLength(mapData.places.length);
    expect(q('.region-label')).toHaveLength(10);
    expect(q('path.region')).toHaveLength(10);
    expect(q('.leaflet-context-pane path').length).toBeGreaterThan(10);
    expect(el.dataset.basemap).toBe('drawn');
  });

  it('restyles a selected province and its name, and puts them back', async () => {
    const { controller, q, drain } = setup();
    controller.update({ ...none, selection: { kind: 'region', id: 'liaoning' } });
    await drain();
    const path = () => q('path.region-liaoning')[0]!;
    expect(path().getAttribute('stroke-width')).toBe('3');
    expect(q('.region-label.is-selected')).toHaveLength(1);
    expect(q('.region-label.is-selected [data-region="liaoning"]')).toHaveLength(1);
    controller.update(none);
    await drain();
    expect(path().getAttribute('stroke-width')).toBe('1');
    expect(q('.region-label.is-selected')).toHaveLength(0);
  });

  it('marks a selected place, its related ones, and draws its position’s uncertainty', async () => {
    const { controller, q, drain } = setup();
    controller.update({
      ...none,
      selection: { kind: 'place', id: 'tianjin-liaison-unit' },
      relatedPlaceIds: ['beijing-office'],
    });
    await drain();
    expect(q('.office-marker.is-selected')).toHaveLength(1);
    expect(q('.office-marker.is-selected')[0]!.getAttribute('title')).toBe(
      mapData.places.find((p) => p.id === 'tianjin-liaison-unit')!.name,
    );
    expect(q('.office-marker.is-related')).toHaveLength(1);
    expect(q('path.uncertainty')).toHaveLength(1);
    controller.update(none);
    await drain();
    expect(q('.office-marker.is-selected')).toHaveLength(0);
    expect(q('path.uncertainty')).toHaveLength(0);
  });

  it('shows the places in use on the timeline date, the address then in use as the office', async () => {
    const { controller, q, drain } = setup();
    controller.update({ ...none, date: '2000-06-01' });
    await drain();
    expect(q('.office-marker')).toHaveLength(1);
    expect(q('.office-marker.role-office')).toHaveLength(1);
    expect(q('.office-marker')[0]!.getAttribute('title')).toBe(
      mapData.places.find((p) => p.id === 'former-beijing-office')!.name,
    );
    controller.update(none);
    await drain();
    expect(q('.office-marker')).toHaveLength(4);
  });

  it('a click on an office, a name or a province selects it', async () => {
    const { controller, q, drain, selected } = setup();
    controller.update(none);
    await drain();
    const office = [...q('.office-marker')].find(
      (m) => m.getAttribute('title') === mapData.places[0]!.name,
    )!;
    office.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    q('.region-label [data-region="hebei"]')[0]!.dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    q('path.region-gansu')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toEqual([
      { kind: 'place', id: mapData.places[0]!.id },
      { kind: 'region', id: 'hebei' },
      { kind: 'region', id: 'gansu' },
    ]);
  });

  it('fetches no cities and no water at the default view', async () => {
    const { controller, drain, idle, loads } = setup();
    controller.update(none);
    await drain();
    idle.forEach((run) => run());
    await drain();
    expect(loads).toEqual({ cities: 0, water: 0, network: 0 });
  });

  it('from zoom 5, fetches cities and water once idle and draws only those near the view', async () => {
    const { controller, drain, idle, loads, q } = setup({
      zoomTo: [6, [39.9, 116.4]],
      cities: [city('tangshan', '唐山', [118.18, 39.63]), city('lhasa', '拉薩', [91.1, 29.65])],
    });
    controller.update(none);
    await drain();
    // Not before the browser is idle.
    expect(loads).toEqual({ cities: 0, water: 0, network: 0 });
    expect(idle.length).toBeGreaterThan(0);
    idle.splice(0).forEach((run) => run());
    await drain();
    expect(loads).toEqual({ cities: 1, water: 1, network: 0 });
    expect([...q('.city-label')].map((c) => c.textContent)).toEqual(['唐山']);
    expect(q('.leaflet-water-pane path').length).toBeGreaterThan(0);
  });

  it('a jump moves the provinces at once; the context and the water come back in later steps', async () => {
    const { controller, map, drain, idle, q } = setup({ zoomTo: [6, [39.9, 116.4]] });
    controller.update(none);
    await drain();
    idle.splice(0).forEach((run) => run());
    await drain();
    const context = q('.leaflet-context-pane path').length;
    const water = q('.leaflet-water-pane path').length;
    expect(context).toBeGreaterThan(10);
    expect(water).toBeGreaterThan(0);
    const hebei = () => q('path.region-hebei')[0]!.getAttribute('d');
    const before = hebei();
    map.setView([38, 115], 7, { animate: false });
    // The jump's own task: the provinces are where the new view has them, the rest is off.
    expect(hebei()).not.toBe(before);
    expect(q('.leaflet-context-pane path')).toHaveLength(0);
    expect(q('.leaflet-water-pane path')).toHaveLength(0);
    const tasks = await drain();
    expect(tasks).toBeGreaterThan(1);
    expect(q('.leaflet-context-pane path')).toHaveLength(context);
    expect(q('.leaflet-water-pane path').length).toBeGreaterThan(0);
  });

  it('takes the water away when map tiles are drawn underneath, at the same zoom', async () => {
    const { controller, drain, idle, q } = setup({ zoomTo: [6, [39.9, 116.4]] });
    controller.update(none);
    await drain();
    idle.splice(0).forEach((run) => run());
    await drain();
    expect(q('.leaflet-water-pane path').length).toBeGreaterThan(0);
    controller.update({ ...none, tilesShown: true });
    await drain();
    expect(q('.leaflet-water-pane path')).toHaveLength(0);
  });

  it('a selected city is fetched at once, without waiting for idle', async () => {
    const { controller, drain, loads, q } = setup({
      zoomTo: [8, [29.65, 91.1]],
      cities: [city('lhasa', '拉薩', [91.1, 29.65])],
    });
    controller.update({ ...none, selection: { kind: 'city', id: 'lhasa' } });
    await drain();
    expect(loads.cities).toBe(1);
    expect(q('.city-label.is-selected')).toHaveLength(1);
  });

  it('a basemap that is not a topology is said, not thrown; the symbols stay', async () => {
    const { controller, drain, errors, q } = setup({ basemap: { type: 'nothing' } });
    controller.update(none);
    await drain();
    expect(errors).toEqual(['decodeBasemapLayer: input is not a TopoJSON Topology']);
    expect(q('.office-marker')).toHaveLength(4);
  });

  it('destroy() removes every layer it made and stops its work', async () => {
    const { controller, drain, q, el } = setup();
    controller.update(none);
    await drain();
    controller.destroy();
    expect(q('.leaflet-marker-icon')).toHaveLength(0);
    expect(q('path')).toHaveLength(0);
    // The renderers of the context and the water panes (a canvas each in the browser) are gone too.
    expect(q('.leaflet-context-pane > *, .leaflet-water-pane > *')).toHaveLength(0);
    expect(el.dataset.basemap).toBeUndefined();
    const warn = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    controller.update({ ...none, selection: { kind: 'region', id: 'hebei' } });
    await drain();
    expect(q('path')).toHaveLength(0);
    warn.mockRestore();
  });

  it('draws the other Mainland offices once idle: small symbols, their provinces tinted by office and date', async () => {
    const { controller, q, drain, idle, loads, selected, el } = setup({ zoomTo: [4, [32, 112]] });
    controller.update(none);
    await drain();
    expect(loads.network).toBe(0);
    controller.update({ ...none, networkShown: true });
    await drain();
    expect(q('.network-marker')).toHaveLength(0); // not before the page is idle
    while (idle.length) idle.shift()!();
    await drain();
    expect(loads.network).toBe(1);
    expect(q('.network-marker')).toHaveLength(13);
    expect(q('.network-marker.role-office')).toHaveLength(4);
    const fills = () =>
      new Set(
        [...el.querySelectorAll('.leaflet-context-pane path')].map((p) => p.getAttribute('fill')),
      );
    // The countries, the plain context (Hong Kong, Macao), and one tint for each of the four offices.
    expect(fills().size).toBe(6);
    (q('.network-marker')[0] as HTMLElement).click();
    expect(selected.at(-1)).toEqual({ kind: 'place', id: network.places[0]!.id });
    // On 2010-01-01: only what had opened (the Guangdong, Shanghai and Chengdu offices; Wuhan's
    // and every unit came later), and Henan and Shanxi no office's.
    controller.update({ ...none, networkShown: true, date: '2010-01-01' });
    await drain();
    expect(q('.network-marker')).toHaveLength(3);
    // Three offices, Shandong as the Beijing Office's, Henan and Shanxi plain.
    expect(fills().size).toBe(6);
    expect(fills()).toContain(
      mix(COLORS.china, NETWORK_COLORS['beijing-office']!, NETWORK_FILL_OPACITY),
    );
    controller.update(none);
    await drain();
    expect(q('.network-marker')).toHaveLength(0);
    expect(fills().size).toBe(2);
  });
});
