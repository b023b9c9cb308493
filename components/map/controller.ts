import {
  canvas,
  circle,
  divIcon,
  geoJSON,
  latLngBounds,
  marker,
  type Circle,
  type DivIcon,
  type GeoJSON as GeoJSONLayer,
  type LatLngBounds,
  type LeafletEventHandlerFnMap,
  type Map as LeafletMap,
  type Marker,
  type Layer,
  type Path,
  type GeoJSONOptions,
  type PathOptions,
  type Renderer,
} from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import type { Selection } from '@/lib/url/selection';
import type { Locale } from '@/lib/i18n/locales';
import { cityName, type FinderCity, type FinderData } from '@/lib/finder/finder-data';
import { placesShownOn, type MapPlace, type MapRegion } from '@/lib/map/map-data';
import { decodeBasemapLayer, type BasemapFeatures } from '@/lib/map/decode-basemap';
import { decodeWater, type Water } from '@/lib/map/decode-water';
import { jumpSvg } from './jump-svg';
import { pageFontFamily } from './page-font';
import {
  cityHtml,
  labelHtml,
  leaderSvg,
  markerHtml,
  NETWORK_MARKER_SIZE,
  networkMarkerHtml,
} from '@/lib/map/marker-html';
import {
  isMapNetwork,
  NETWORK_URL,
  officeOfRegion,
  placesOn,
  type MapNetwork,
} from '@/lib/network/map-network';
import {
  COLORS,
  contextStyle,
  jurisdictionStyle,
  NETWORK_COLORS,
  networkAreaStyle,
  WATER_MIN_ZOOM,
  waterStyle,
} from '@/lib/map/region-style';
import {
  CITY_MIN_ZOOM,
  citySize,
  labelSize,
  layoutSymbols,
  type MeasureText,
  type SymbolLayout,
} from '@/lib/map/symbol-layout';
import { MARKER_SIZE } from '@/lib/map/symbol-sizes';
import { browserPost, TaskQueue, whenIdle, type Job } from '@/lib/map/task-queue';
import { labelTextWidth } from '@/lib/map/text-width';
import { loadFinderData, loadOnce, WATER_URL } from '@/lib/map/load-finder-data';
import { countRender } from './renderProbe';

/** What the page asks the map to show; everything else the map works out itself. */
export type MapState = {
  selection: Selection | null;
  relatedRegionIds: readonly string[];
  relatedPlaceIds: readonly string[];
  /** The timeline date (ISO), or null for today with every place. */
  date: string | null;
  /** Map tiles are drawn underneath: the context layers become outlines, the water goes. */
  tilesShown: boolean;
  /** The other Mainland offices: their symbols, and their provinces tinted by office. */
  networkShown: boolean;
};

export type MapControllerOptions = {
  map: LeafletMap;
  locale: Locale;
  places: readonly MapPlace[];
  regions: readonly MapRegion[];
  topologyUrl: string;
  /** Cities are labels only (not links) in the embed, which has no city pages. */
  citiesSelectable: boolean;
  onSelect: (next: Selection) => void;
  /** The basemap could not be loaded (the message says why); the map stays as it is. */
  onBasemapError?: (message: string) => void;
  /** Everything below has the browser's default; the unit tests pass their own. */
  queue?: TaskQueue;
  /** The renderer of a non-interactive pane (the context and the water): a canvas. */
  paneRenderer?: (pane: string) => Renderer;
  /** City names' widths: the page's font on a canvas. */
  measure?: MeasureText;
  loadJson?: (url: string) => Promise<unknown>;
  loadCities?: () => Promise<FinderData>;
  loadWater?: () => Promise<Water>;
  loadNetwork?: () => Promise<MapNetwork>;
  /** Runs work that can wait (cities, water) once the browser is idle. */
  whenIdle?: (run: () => void) => void;
  /** What to show from the start (else nothing selected, every place, no tiles). */
  state?: MapState;
  /**
   * The boxes (client rectangles) of what lies over the map: its controls, the legend. A name
   * that would sit under one is left out (hidden) until a move or zoom brings it clear.
   */
  obstacles?: () => DOMRect[];
};

/** How many symbols or features one step creates before the queue may yield. */
const BATCH = 6;
/** The circle of a selected place's position uncertainty. */
const UNCERTAINTY_STYLE: PathOptions = {
  color: '#b3261e',
  weight: 1.5,
  dashArray: '4 3',
  fillOpacity: 0.12,
};

type Symbol = { marker: Marker; key: string };
type SymbolSpec = {
  /** What the symbol looks like: when it is unchanged, so is the marker. */
  key: string;
  at: [number, number];
  icon: () => DivIcon;
  zIndexOffset: number;
  title?: string;
  keyboard: boolean;
  interactive: boolean;
  handlers: LeafletEventHandlerFnMap;
  /** Leaflet's marker pane unless said */
  pane?: string;
};
type WaterFeature = { feature: Feature; kind: 'river' | 'lake'; z: number; bounds: LatLngBounds };

/**
 * The one owner of the map's layers: the basemap (the ten provinces, the rest of China, the
 * neighbouring countries, rivers and lakes) and the symbols (offices, province names, cities,
 * a selected place's uncertainty). Plain TypeScript that React calls (`update`), never inside
 * React's render or commit: every piece of work is a job of a `TaskQueue`, in steps of a few
 * milliseconds, so the page paints and answers input between them. The cities and the water
 * are fetched once the browser is idle and drawn only around the view.
 */
export class MapController {
  private readonly map: LeafletMap;
  private readonly queue: TaskQueue;
  private readonly measure: MeasureText;
  private state: MapState = {
    selection: null,
    relatedRegionIds: [],
    relatedPlaceIds: [],
    date: null,
    tilesShown: false,
    networkShown: false,
  };
  private hovered: string | null = null;
  private readonly regionLayer: GeoJSONLayer;
  private readonly context: { countries: GeoJSONLayer; china: GeoJSONLayer };
  private readonly contextRenderer: Renderer;
  private readonly waterRenderer: Renderer;
  /** The clickable shapes' SVG: each path projected and drawn once per jump (jump-svg.ts). */
  private readonly shapeRenderer: Renderer = jumpSvg();
  private readonly symbols = {
    places: new Map<string, Symbol>(),
    labels: new Map<string, Symbol>(),
    cities: new Map<string, Symbol>(),
    network: new Map<string, Symbol>(),
  };
  private network: MapNetwork | null = null;
  private networkWanted = false;
  private uncertainty: { id: string; circle: Circle } | null = null;
  private layout: SymbolLayout | null = null;
  private cityData: FinderCity[] | null = null;
  private citiesLoading = false;
  private citiesIdleWait = false;
  private water: WaterFeature[] | null = null;
  private waterWanted = false;
  private readonly waterShown = new Map<WaterFeature, Path>();
  /** The canvases' layers taken off the map for a jump, waiting to be put back. */
  private readonly offMap = new Set<Layer>();
  private waterZoom: number | null = null;
  private stopped = false;

  constructor(private readonly options: MapControllerOptions) {
    const { map } = options;
    this.map = map;
    if (options.state) this.state = options.state;
    this.queue =
      options.queue ??
      new TaskQueue({
        post: browserPost(),
        now: () => performance.now(),
        budgetMs: 4,
        onError: (error) => console.error('map:', error),
      });
    this.measure = options.measure ?? canvasMeasure;
    // The context and the water are never clicked: a canvas draws them with far less work than
    // SVG. Their panes put the water between the context fills and the provinces (drawn above,
    // translucent), so rivers show through the provinces and never over their borders.
    const renderer = options.paneRenderer ?? ((pane) => canvas({ padding: 0.5, pane }));
    // The other Mainland offices' symbols lie under the Beijing Office's provinces (which they
    // never touch) and every symbol of its own: they take no click or tap meant for those.
    for (const [name, z] of [
      ['context', 380],
      ['water', 390],
      ['network', 395],
    ] as const) {
      if (!map.getPane(name)) map.createPane(name).style.zIndex = String(z);
    }
    const contextRenderer = renderer('context');
    this.contextRenderer = contextRenderer;
    this.waterRenderer = renderer('water');
    // (Leaflet hands a GeoJSON layer's options to each path it makes, the renderer among them;
    // its types leave the renderer out: hence `PathOptions` beside `GeoJSONOptions`.)
    const contextLayer = (kind: 'countries' | 'china') => {
      const options: GeoJSONOptions & PathOptions = {
        style: (f) =>
          kind === 'china' ? this.chinaStyle(f) : contextStyle(kind, this.state.tilesShown),
        interactive: false,
        renderer: contextRenderer,
      };
      return geoJSON(undefined, options).addTo(map);
    };
    this.context = { countries: contextLayer('countries'), china: contextLayer('china') };
    // Province shapes are click targets, not Tab stops: the place list is the keyboard's way.
    const shapes: GeoJSONOptions & PathOptions = {
      renderer: this.shapeRenderer,
      style: (feature) => this.regionStyle(String(feature?.properties?.id ?? '')),
      onEachFeature: (feature, layer) => this.bindRegion(String(feature.properties?.id), layer),
      bubblingMouseEvents: false,
    };
    this.regionLayer = geoJSON(undefined, shapes).addTo(map);
    map.on('zoomend', this.onZoom);
    map.on('moveend', this.onMove);
    map.on('resize', this.onResize);
    map.on('viewprereset', this.beforeJump);
    // The symbols need no data: they come first, in the first task after the map.
    this.queue.add(this.drawSymbols(), 'symbols');
    this.queue.add(this.clearObstacles(), 'obstacles');
    this.loadBasemap();
    // A shared link may open the map at zoom 5 or more, with cities and water.
    this.queue.add(this.drawWater(), 'water');
    this.wantCities(false);
    if (this.state.networkShown) this.wantNetwork();
    // The controls come a task after the map: look again once the page is idle.
    this.idle(() => this.queue.add(this.clearObstacles(), 'obstacles'));
  }

  /** Shows `next`: restyles what changed, in later tasks. */
  update(next: MapState): void {
    const prev = this.state;
    this.state = next;
    if (this.stopped) return;
    const selectionChanged =
      prev.selection?.kind !== next.selection?.kind || prev.selection?.id !== next.selection?.id;
    if (selectionChanged || prev.relatedRegionIds.join() !== next.relatedRegionIds.join())
      this.queue.add(this.restyleRegions(), 'regions');
    if (
      selectionChanged ||
      prev.date !== next.date ||
      prev.relatedPlaceIds.join() !== next.relatedPlaceIds.join()
    ) {
      this.queue.add(this.drawSymbols(), 'symbols');
      this.queue.add(this.clearObstacles(), 'obstacles');
    }
    if (prev.tilesShown !== next.tilesShown) {
      this.queue.add(this.restyleContext(), 'context');
      this.queue.add(this.drawWater(), 'water');
    }
    if (
      prev.networkShown !== next.networkShown ||
      (next.networkShown && (prev.date !== next.date || selectionChanged))
    ) {
      if (next.networkShown && !this.network) this.wantNetwork();
      else {
        this.queue.add(this.restyleContext(), 'context');
        this.queue.add(this.drawNetwork(), 'network');
      }
    }
    if (next.selection?.kind === 'city') this.wantCities(true);
  }

  /** Removes every layer and listener this controller made. */
  destroy(): void {
    this.stopped = true;
    this.queue.stop();
    this.map.off('zoomend', this.onZoom);
    this.map.off('moveend', this.onMove);
    this.map.off('resize', this.onResize);
    this.map.off('viewprereset', this.beforeJump);
    for (const store of Object.values(this.symbols))
      for (const s of store.values()) s.marker.remove();
    this.uncertainty?.circle.remove();
    for (const path of this.waterShown.values()) path.remove();
    this.regionLayer.remove();
    this.context.countries.remove();
    this.context.china.remove();
    // Leaflet adds a renderer to the map as a layer of its own (a canvas, an SVG): it goes too.
    this.contextRenderer.remove();
    this.waterRenderer.remove();
    this.shapeRenderer.remove();
    const container = this.map.getContainer();
    delete container.dataset.basemap;
    delete container.dataset.names;
  }

  private readonly onZoom = () => {
    this.queue.add(this.drawSymbols(), 'symbols');
    this.queue.add(this.drawWater(), 'water');
    this.queue.add(this.clearObstacles(), 'obstacles');
    this.wantCities(false);
  };

  private readonly onMove = () => {
    delete this.map.getContainer().dataset.names;
    // A pan changes no layout: only which cities and water are near enough to be drawn, and
    // which names the controls cover.
    this.queue.add(this.drawCities(), 'cities');
    this.queue.add(this.drawWater(), 'water');
    this.queue.add(this.clearObstacles(), 'obstacles');
  };

  /**
   * A jump (a view set without animation: a selection framed, Back, Forward) makes Leaflet
   * project every path again in one task. The canvases' paths (the context and the water,
   * most of the vertices) are taken off the map first and put back a few per step after, so
   * that the jump's own task moves only the provinces and the symbols. Not while printing:
   * the page is printed before any later task runs.
   */
  private readonly beforeJump = () => {
    if (window.matchMedia?.('print').matches) {
      for (const layer of this.offMap) this.map.addLayer(layer);
      this.offMap.clear();
      return;
    }
    const take = (layer: Layer) => {
      if (!this.map.hasLayer(layer)) return;
      this.map.removeLayer(layer);
      this.offMap.add(layer);
    };
    this.context.countries.eachLayer(take);
    this.context.china.eachLayer(take);
    for (const layer of this.waterShown.values()) take(layer);
    if (this.offMap.size) this.queue.add(this.putBack(), 'putBack');
  };

  /** Puts back the layers a jump took off the map: those still wanted (the water may have changed). */
  private *putBack(): Job {
    const water = new Set<Layer>(this.waterShown.values());
    for (const layer of this.offMap) {
      this.offMap.delete(layer);
      const wanted =
        this.context.countries.hasLayer(layer) ||
        this.context.china.hasLayer(layer) ||
        water.has(layer);
      if (wanted) this.map.addLayer(layer);
      yield;
    }
  }

  private readonly onResize = () => {
    this.queue.add(this.clearObstacles(), 'obstacles');
  };

  // The basemap

  private loadBasemap(): void {
    const load = this.options.loadJson ?? fetchJson;
    load(this.options.topologyUrl).then(
      (topology) => this.queue.add(this.drawBasemap(topology), 'basemap'),
      (error: Error) => {
        if (!this.stopped) this.options.onBasemapError?.(error.message);
      },
    );
  }

  /**
   * The provinces first, then the countries and the rest of China under them: one feature decoded
   * and drawn per step, so that no task runs much past the queue's budget.
   */
  private *drawBasemap(topology: unknown): Job {
    let layers: [GeoJSONLayer, BasemapFeatures][];
    try {
      layers = [
        [this.regionLayer, decodeBasemapLayer(topology, 'regions')],
        [this.context.countries, decodeBasemapLayer(topology, 'countries')],
        [this.context.china, decodeBasemapLayer(topology, 'china')],
      ];
    } catch (error) {
      this.options.onBasemapError?.((error as Error).message);
      return;
    }
    yield;
    for (const [layer, features] of layers) {
      for (let i = 0; i < features.length; i++) {
        layer.addData(features.feature(i));
        yield;
      }
    }
    // Said on the map's element once every layer of the basemap is in.
    this.map.getContainer().dataset.basemap = 'drawn';
  }

  private regionStyle(id: string): PathOptions {
    const { selection, relatedRegionIds } = this.state;
    const style = jurisdictionStyle({
      selected: selection?.kind === 'region' && selection.id === id,
      related: relatedRegionIds.includes(id),
      hovered: id === this.hovered,
    });
    // The class names the path for tests and styles; Leaflet applies it once, at creation.
    return { ...style, className: `region region-${id}` };
  }

  private bindRegion(id: string, layer: import('leaflet').Layer): void {
    const path = layer as Path;
    layer.on({
      click: () => this.options.onSelect({ kind: 'region', id }),
      mouseover: () => {
        this.hovered = id;
        path.setStyle(this.regionStyle(id));
      },
      mouseout: () => {
        this.hovered = null;
        path.setStyle(this.regionStyle(id));
      },
    });
  }

  private *restyleRegions(): Job {
    this.regionLayer.eachLayer((layer) => {
      const id = String((layer as Path & { feature?: Feature }).feature?.properties?.id ?? '');
      (layer as Path).setStyle(this.regionStyle(id));
    });
    yield;
  }

  private *restyleContext(): Job {
    this.context.countries.setStyle(contextStyle('countries', this.state.tilesShown));
    yield;
    this.context.china.setStyle((f) => this.chinaStyle(f));
    yield;
  }

  /** A province of the rest of China: tinted by the Mainland office serving it on the date. */
  private chinaStyle(feature: Feature | undefined): PathOptions {
    const { networkShown, date, tilesShown } = this.state;
    const id = String(feature?.properties?.id ?? '');
    const office = networkShown && this.network ? officeOfRegion(this.network, id, date) : null;
    return networkAreaStyle(office, tilesShown);
  }

  // The other Mainland offices: fetched once the browser is idle, then drawn small.

  private wantNetwork(): void {
    if (this.networkWanted) return;
    this.networkWanted = true;
    this.loadWhenIdle(
      this.options.loadNetwork ?? loadMapNetwork,
      (network) => {
        this.network = network;
        this.queue.add(this.restyleContext(), 'context');
        this.queue.add(this.drawNetwork(), 'network');
      },
      // Without it the map is the Beijing Office's alone, as before; a later toggle retries.
      () => {
        this.networkWanted = false;
      },
    );
  }

  private *drawNetwork(): Job {
    const { networkShown, date, selection } = this.state;
    const specs = new Map<string, SymbolSpec>();
    if (networkShown && this.network) {
      const locale = this.options.locale;
      for (const p of placesOn(this.network, date)) {
        const selected = selection?.kind === 'place' && selection.id === p.id;
        const hue = NETWORK_COLORS[p.officeId] ?? COLORS.chinaLine;
        const html = networkMarkerHtml(p.role, hue, p.names[locale], selected);
        const className = `network-marker role-${p.role}${selected ? ' is-selected' : ''}`;
        specs.set(p.id, {
          key: `${className}|${html}`,
          at: [p.position[1], p.position[0]],
          icon: () =>
            divIcon({
              className,
              html,
              iconSize: [NETWORK_MARKER_SIZE, NETWORK_MARKER_SIZE],
              iconAnchor: [NETWORK_MARKER_SIZE / 2, NETWORK_MARKER_SIZE / 2],
            }),
          // An office over its units where they touch (Guangzhou and Shenzhen on a phone), so
          // the office's own symbol is what a tap on it opens; a selected one over both.
          zIndexOffset: selected ? 2000 : p.role === 'office' ? 1000 : 0,
          pane: 'network',
          title: p.names[locale],
          keyboard: true,
          interactive: true,
          handlers: selectHandlers(this.options.onSelect, { kind: 'place', id: p.id }),
        });
      }
    }
    yield* this.sync(this.symbols.network, specs);
  }

  // The symbols

  /** The cities drawn at `zoom`, most important first; a selected city always. */
  private citiesAt(zoom: number): FinderCity[] {
    const { selection } = this.state;
    const selected = selection?.kind === 'city' ? selection.id : null;
    const locale = this.options.locale;
    return (this.cityData ?? [])
      .filter((c) => c.id === selected || (zoom >= c.minZoom && !!c.names[locale]))
      .sort((a, b) => Number(b.id === selected) - Number(a.id === selected));
  }

  /**
   * Lays the symbols out for the current zoom (offices fanned out, names placed clear of each
   * other), then brings the offices, the province names and the cities in line with it.
   */
  private *drawSymbols(): Job {
    const { map } = this;
    delete map.getContainer().dataset.names;
    const zoom = map.getZoom();
    const places = placesShownOn(this.options.places, this.state.date);
    const project = ([lng, lat]: [number, number]) => map.project([lat, lng], zoom);
    countRender('layout');
    const layout = layoutSymbols({
      zoom,
      project,
      measure: this.measure,
      places,
      regions: this.options.regions,
      cities: this.citiesAt(zoom),
      locale: this.options.locale,
    });
    this.layout = layout;
    yield;
    yield* this.sync(this.symbols.places, this.placeSpecs(places, layout));
    this.drawUncertainty(places);
    yield* this.sync(this.symbols.labels, this.labelSpecs(layout));
    yield* this.drawCities();
  }

  /**
   * Hides each name whose box meets an obstacle (a control, the legend), shows the others: the
   * names stay where the layout put them, so a pan changes no layout, only what is hidden.
   */
  private *clearObstacles(): Job {
    const boxes = this.options.obstacles?.() ?? [];
    yield;
    for (const store of [this.symbols.labels, this.symbols.cities]) {
      for (const { marker: m } of store.values()) {
        const el = m.getElement();
        if (!el) continue;
        const text = el.querySelector<HTMLElement>('.region-label-text, .city-label-text') ?? el;
        const r = text.getBoundingClientRect();
        const covered = boxes.some(
          (b) => r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom,
        );
        el.classList.toggle('is-under-control', covered);
      }
    }
    // Said on the map's element (for tests) until the next layout: every name is placed and
    // none that is shown lies under a control.
    if (!this.queue.has('symbols') && !this.queue.has('cities'))
      this.map.getContainer().dataset.names = 'clear';
  }

  private placeSpecs(places: MapPlace[], layout: SymbolLayout): Map<string, SymbolSpec> {
    const { selection, relatedPlaceIds } = this.state;
    const selectedId = selection?.kind === 'place' ? selection.id : null;
    return new Map(
      places.map((p) => {
        const selected = p.id === selectedId;
        const related = relatedPlaceIds.includes(p.id);
        const o = layout.markers.get(p.id) ?? { dx: 0, dy: 0 };
        const moved = o.dx !== 0 || o.dy !== 0;
        const className = `office-marker role-${p.role}${selected ? ' is-selected' : ''}${related ? ' is-related' : ''}`;
        const html = (moved ? leaderSvg(-o.dx, -o.dy) : '') + markerHtml(p.role, p.name, selected);
        const anchor: [number, number] = [MARKER_SIZE / 2 - o.dx, MARKER_SIZE / 2 - o.dy];
        const select = selectHandlers(this.options.onSelect, { kind: 'place', id: p.id });
        return [
          p.id,
          {
            key: `${className}|${html}|${anchor}`,
            at: [p.position[1], p.position[0]],
            icon: () =>
              divIcon({
                className,
                html,
                iconSize: [MARKER_SIZE, MARKER_SIZE],
                iconAnchor: anchor,
              }),
            zIndexOffset: selected ? 1000 : 0,
            title: p.name,
            keyboard: true,
            interactive: true,
            handlers: select,
          },
        ];
      }),
    );
  }

  private labelSpecs(layout: SymbolLayout): Map<string, SymbolSpec> {
    const { selection } = this.state;
    const selectedRegion = selection?.kind === 'region' ? selection.id : null;
    return new Map(
      this.options.regions.flatMap((r) => {
        const spot = layout.labels.get(r.id);
        if (!spot) return [];
        const { w, h } = labelSize(r.name);
        const className = `region-label${r.id === selectedRegion ? ' is-selected' : ''}`;
        const html = (spot.leader ? leaderSvg(-spot.dx, -spot.dy) : '') + labelHtml(r.name, r.id);
        const anchor: [number, number] = [w / 2 - spot.dx, h / 2 - spot.dy];
        return [
          [
            r.id,
            {
              key: `${className}|${html}|${anchor}`,
              at: [r.labelPoint[1], r.labelPoint[0]],
              icon: () => divIcon({ className, html, iconSize: [w, h], iconAnchor: anchor }),
              zIndexOffset: -1000,
              keyboard: false,
              interactive: true,
              handlers: selectHandlers(this.options.onSelect, { kind: 'region', id: r.id }),
            },
          ] as const,
        ];
      }),
    );
  }

  /** The cities of the current layout in and around the view (half a view each side). */
  private *drawCities(): Job {
    const layout = this.layout;
    if (!layout) return;
    const { selection } = this.state;
    const selected = selection?.kind === 'city' ? selection.id : null;
    const near = this.map.getBounds().pad(0.5);
    const locale = this.options.locale;
    const interactive = this.options.citiesSelectable;
    const specs = new Map<string, SymbolSpec>();
    for (const c of this.citiesAt(layout.zoom)) {
      const o = layout.cities.get(c.id);
      if (!o || !near.contains([c.position[1], c.position[0]])) continue;
      const { name, lang } = cityName(c, locale);
      const { w, h } = citySize(name, this.measure);
      const isSelected = c.id === selected;
      const className = `city-label${c.capital ? ' is-capital' : ''}${isSelected ? ' is-selected' : ''}`;
      const html = cityHtml(name, lang, o.dx, o.dy, isSelected, o.dot);
      const anchor: [number, number] = [w / 2 - o.dx, h / 2 - o.dy];
      specs.set(c.id, {
        key: `${className}|${html}|${anchor}`,
        at: [c.position[1], c.position[0]],
        icon: () => divIcon({ className, html, iconSize: [w, h], iconAnchor: anchor }),
        zIndexOffset: isSelected ? 500 : -2000,
        keyboard: false,
        interactive,
        handlers: interactive
          ? { click: () => this.options.onSelect({ kind: 'city', id: c.id }) }
          : {},
      });
    }
    yield* this.sync(this.symbols.cities, specs);
  }

  /** Brings `store` in line with `specs`: removes, restyles and adds, a batch per step. */
  private *sync(store: Map<string, Symbol>, specs: Map<string, SymbolSpec>): Job {
    for (const [id, s] of store) {
      if (!specs.has(id)) {
        s.marker.remove();
        store.delete(id);
      }
    }
    let n = 0;
    for (const [id, spec] of specs) {
      const had = store.get(id);
      if (had?.key === spec.key) continue;
      if (had) {
        had.marker.setIcon(spec.icon());
        had.marker.setZIndexOffset(spec.zIndexOffset);
        had.key = spec.key;
      } else {
        const m = marker(spec.at, {
          icon: spec.icon(),
          title: spec.title ?? '',
          keyboard: spec.keyboard,
          interactive: spec.interactive,
          zIndexOffset: spec.zIndexOffset,
          ...(spec.pane ? { pane: spec.pane } : {}),
        });
        m.on(spec.handlers);
        m.addTo(this.map);
        store.set(id, { marker: m, key: spec.key });
      }
      if (++n % BATCH === 0) yield;
    }
    yield;
  }

  private drawUncertainty(places: MapPlace[]): void {
    const { selection } = this.state;
    const place = selection?.kind === 'place' ? places.find((p) => p.id === selection.id) : null;
    if (this.uncertainty && this.uncertainty.id === place?.id) return;
    this.uncertainty?.circle.remove();
    this.uncertainty = null;
    if (!place) return;
    const c = circle([place.position[1], place.position[0]], {
      ...UNCERTAINTY_STYLE,
      radius: place.uncertaintyM,
      className: 'uncertainty',
      interactive: false,
      renderer: this.shapeRenderer,
    }).addTo(this.map);
    this.uncertainty = { id: place.id, circle: c };
  }

  // Cities and water: fetched once the browser is idle, the first time the map needs them.

  private idle(run: () => void): void {
    (this.options.whenIdle ?? whenIdle)(() => {
      if (!this.stopped) run();
    });
  }

  private wantCities(now: boolean): void {
    const needed = this.map.getZoom() >= CITY_MIN_ZOOM || this.state.selection?.kind === 'city';
    if (!needed || this.cityData || this.citiesLoading) return;
    const load = () => {
      if (this.cityData || this.citiesLoading) return;
      this.citiesLoading = true;
      (this.options.loadCities ?? loadFinderData)().then(
        (data) => {
          this.citiesLoading = false;
          if (this.stopped) return;
          this.cityData = data.cities;
          this.queue.add(this.drawSymbols(), 'symbols');
          this.queue.add(this.clearObstacles(), 'obstacles');
        },
        () => {
          this.citiesLoading = false; // a later zoom tries again
        },
      );
    };
    // A selected city is what the page is about: no waiting for idle.
    if (now) load();
    else if (!this.citiesIdleWait) {
      this.citiesIdleWait = true;
      this.idle(() => {
        this.citiesIdleWait = false;
        load();
      });
    }
  }

  /** Rivers and lakes from zoom 5, each from its own zoom, near the view; none under tiles. */
  private *drawWater(): Job {
    const zoom = this.map.getZoom();
    const needed = zoom >= WATER_MIN_ZOOM && !this.state.tilesShown;
    if (needed && !this.water) {
      this.wantWater();
      return;
    }
    if (!needed) {
      // Under the tiles, or below zoom 5: no water at all.
      for (const path of this.waterShown.values()) path.remove();
      this.waterShown.clear();
      this.waterZoom = null;
      return;
    }
    const near = this.map.getBounds().pad(0.5);
    if (this.waterZoom !== zoom) {
      // Another zoom: other widths, and maybe fewer features.
      for (const [f, path] of this.waterShown) {
        if (f.z > zoom) {
          path.remove();
          this.waterShown.delete(f);
        } else path.setStyle(waterStyle(f.kind, zoom));
      }
      this.waterZoom = zoom;
      yield;
    }
    if (!this.water) return;
    let n = 0;
    for (const f of this.water) {
      if (f.z > zoom || this.waterShown.has(f) || !near.intersects(f.bounds)) continue;
      const layer = geoJSON(f.feature, {
        style: () => waterStyle(f.kind, zoom),
        interactive: false,
        renderer: this.waterRenderer,
        pane: 'water',
      } as object).addTo(this.map);
      this.waterShown.set(f, layer as unknown as Path);
      if (++n % BATCH === 0) yield;
    }
  }

  private wantWater(): void {
    if (this.waterWanted) return;
    this.waterWanted = true;
    this.loadWhenIdle(
      this.options.loadWater ?? loadWater,
      (water) => {
        this.water = waterFeatures(water);
        this.queue.add(this.drawWater(), 'water');
      },
      // A failed load leaves the map as it was (nothing is in the way); a later zoom retries.
      () => {
        this.waterWanted = false;
      },
    );
  }

  /** Loads once the page is idle; `use` takes the result unless the map has gone meanwhile. */
  private loadWhenIdle<T>(load: () => Promise<T>, use: (data: T) => void, failed: () => void) {
    this.idle(() =>
      load().then((data) => {
        if (!this.stopped) use(data);
      }, failed),
    );
  }
}

function selectHandlers(
  onSelect: (next: Selection) => void,
  next: Selection,
): LeafletEventHandlerFnMap {
  return {
    click: () => onSelect(next),
    // Leaflet makes a marker a focusable button but only opens popups on Enter.
    keydown: (e) => {
      const key = (e.originalEvent as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
      e.originalEvent.preventDefault();
      onSelect(next);
    },
  };
}

function waterFeatures(water: Water): WaterFeature[] {
  const out: WaterFeature[] = [];
  for (const kind of ['lake', 'river'] as const) {
    const collection = kind === 'lake' ? water.lakes : water.rivers;
    for (const feature of collection.features) {
      out.push({
        feature,
        kind,
        z: Number(feature.properties?.z ?? 99),
        bounds: boundsOfGeometry(feature.geometry),
      });
    }
  }
  return out;
}

function boundsOfGeometry(geometry: Geometry): LatLngBounds {
  let s = 90,
    w = 180,
    n = -90,
    e = -180;
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [lng, lat] = c as [number, number];
      s = Math.min(s, lat);
      n = Math.max(n, lat);
      w = Math.min(w, lng);
      e = Math.max(e, lng);
    } else for (const x of c as unknown[]) visit(x);
  };
  if ('coordinates' in geometry) visit(geometry.coordinates);
  return latLngBounds([s, w], [n, e]);
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

/** Checked as it is loaded: a file that is not the water topology is not kept, and a later zoom retries. */
function loadWater(): Promise<Water> {
  return loadOnce(WATER_URL, decodeWater);
}

// City names are measured in the page's font (ideographs counted one em: see text-width).
const measureContexts = new Map<string, CanvasRenderingContext2D | null>();

const canvasMeasure: MeasureText = (text, weight, px) => {
  const font = `${weight} ${px}px`;
  let ctx = measureContexts.get(font);
  if (ctx === undefined) {
    ctx = document.createElement('canvas').getContext('2d');
    if (ctx) {
      ctx.font = `${font} ${pageFontFamily()}`;
    }
    measureContexts.set(font, ctx);
  }
  return labelTextWidth(text, px, (run) => (ctx ? ctx.measureText(run).width : run.length * px));
};

function loadMapNetwork(): Promise<MapNetwork> {
  return loadOnce(NETWORK_URL, isMapNetwork);
}
