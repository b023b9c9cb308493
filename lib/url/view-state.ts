import { firstDay, isIsoDate } from '@/lib/atlas/dates';

/**
 * The shareable view of the map, as it lives in the URL query. The selection is the path
 * (`/place/…`, `/region/…`), not part of this state.
 *
 * `?map=zoom/lat/lng` (degrees WGS-84, like openstreetmap.org), `?layers=osm,solo`,
 * `?date=YYYY-MM-DD`. Defaults are omitted from the URL.
 */
export type MapView = { zoom: number; lat: number; lng: number };
/** `osm`: the map tiles; `solo`: the Beijing Office alone, without the other Mainland offices. */
export const LAYERS = ['osm', 'solo'] as const;
export type Layer = (typeof LAYERS)[number];
export type ViewState = { map: MapView | null; layers: Layer[]; date: string | null };

export const MIN_ZOOM = 3;
export const MAX_ZOOM = 16;
/** The timeline starts when the office was set up (zh.wikipedia: 1999-03-04). */
export const FIRST_DATE = '1999-01-01';

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Decimal places worth keeping at a zoom level: more zoom, more digits (as iD does). */
export function coordinatePrecision(zoom: number): number {
  return Math.max(0, Math.ceil(Math.log2(Math.max(1, zoom))));
}

function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Brings any numbers into a view the map can show: zoom clamped to [MIN_ZOOM, MAX_ZOOM] and
 * rounded to 2 decimals, latitude clamped to ±85, longitude wrapped into [-180, 180], both
 * rounded to the precision of the zoom. Returns null for non-finite input.
 */
export function normalizeMapView(zoom: number, lat: number, lng: number): MapView | null {
  if (![zoom, lat, lng].every(Number.isFinite)) return null;
  const z = roundTo(clamp(zoom, MIN_ZOOM, MAX_ZOOM), 2);
  const digits = coordinatePrecision(z);
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return { zoom: z, lat: roundTo(clamp(lat, -85, 85), digits), lng: roundTo(wrapped, digits) };
}

/** `?map=zoom/lat/lng` as written: null unless it is three plain decimals. */
export function parseMapView(value: string | null): MapView | null {
  if (value === null) return null;
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d{1,3}(\.\d{1,12})?$/.test(p))) return null;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  return normalizeMapView(zoom, lat, lng);
}

/** A view as `?map=` writes it: as many decimals as its zoom needs. */
export function serializeMapView({ zoom, lat, lng }: MapView): string {
  const digits = coordinatePrecision(zoom);
  return `${zoom}/${lat.toFixed(digits)}/${lng.toFixed(digits)}`;
}

/** `?layers=osm,solo`: the known layers, each once, in the order written; the rest dropped. */
export function parseLayers(value: string | null): Layer[] {
  if (!value) return [];
  return [...new Set(value.split(','))].filter((l): l is Layer =>
    (LAYERS as readonly string[]).includes(l),
  );
}

/** Today as YYYY-MM-DD (UTC): the end of the timeline. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first day it names, checks that the day
 * exists, and clamps it to [FIRST_DATE, `last`] (default: today). Anything else is null.
 */
export function normalizeDate(value: string, last: string = today()): string | null {
  if (!isIsoDate(value)) return null;
  const day = firstDay(value);
  return day < FIRST_DATE ? FIRST_DATE : day > last ? last : day;
}

/**
 * A `?date=` value as the timeline reads it: the day it shows, and the day asked for when that
 * lay outside the timeline and was clamped (`?date=1990` shows 1999-01-01 and says so).
 */
export function readTimelineDate(
  value: string | null,
  last: string = today(),
): { date: string | null; requested: string | null } {
  if (value === null || !isIsoDate(value)) return { date: null, requested: null };
  const date = normalizeDate(value, last);
  return { date, requested: date === firstDay(value) ? null : firstDay(value) };
}

type Query = string | URLSearchParams | Record<string, string | string[] | undefined>;

/** One key of a query; of a repeated key, the first value. */
function readKey(query: URLSearchParams | Exclude<Query, string>, key: string): string | null {
  if (query instanceof URLSearchParams) return query.get(key);
  const value = query[key];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** Parses a query (string, URLSearchParams or Next's searchParams). Never throws: junk → default. */
export function parseViewState(input: Query): ViewState {
  // A query string is parsed once, not once per key.
  const query = typeof input === 'string' ? new URLSearchParams(input) : input;
  const date = readKey(query, 'date');
  return {
    map: parseMapView(readKey(query, 'map')),
    layers: parseLayers(readKey(query, 'layers')),
    date: date === null ? null : normalizeDate(date),
  };
}

/** `?layers=` as written: the layers joined by commas; null (no key) for none. */
export function serializeLayers(layers: readonly Layer[]): string | null {
  return layers.length ? layers.join(',') : null;
}

/** A query value with only what must be escaped escaped: `/` and `,` stay readable. */
function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F/g, '/').replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** The query string for a view state, `?…` or '' when everything is default. */
export function serializeViewState(state: ViewState): string {
  return withQueryValues('', {
    map: state.map && serializeMapView(state.map),
    layers: serializeLayers(state.layers),
    date: state.date,
  });
}

/**
 * `search` with some keys set (a string) or removed (null), the other keys kept where they were;
 * `?…`, or '' when nothing is left. Values are written as `serializeViewState` writes them.
 */
export function withQueryValues(search: string, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const pairs = [...params].map(([k, v]) => `${encodeURIComponent(k)}=${encodeQueryValue(v)}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}
