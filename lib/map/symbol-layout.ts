/**
 * Where the map draws its symbols at one zoom: the offices (fanned out where they are close),
 * the province names and the city names, laid out together so that nothing covers anything.
 * Pure: the caller projects positions to pixels at that zoom and measures text (the live map
 * passes Leaflet's projection and the font's metrics; the unit tests their own).
 */
import type { FinderCity } from '@/lib/finder/finder-data';
import { cityName } from '@/lib/finder/finder-data';
import type { Locale } from '@/lib/i18n/locales';
import { estimateWidthEm } from '@/lib/preview/wrap-text';
import type { MapPlace, MapRegion } from './map-data';
import { labelTextWidth } from './text-width';
import {
  fanOutMarkers,
  panToUncut,
  placeCityLabels,
  placeLabels,
  type Box,
  type Offset,
  type PlacedCity,
  type PlacedLabel,
  type Point,
} from './declutter';
import {
  CITY_DOT,
  CITY_FONT_PX,
  CITY_LINE,
  LABEL_FONT_PX,
  LABEL_LINE,
  LABEL_PAD,
  MARKER_SIZE,
} from './symbol-sizes';

/** Cities show from this zoom on (the provincial capitals; more as the zoom allows). */
export const CITY_MIN_ZOOM = 5;

/** Markers are kept this far apart (px) so that each is a target of its own. */
const MARKER_GAP = 6;

export type SymbolLayout = {
  zoom: number;
  markers: Map<string, Offset>;
  labels: Map<string, PlacedLabel | null>;
  cities: Map<string, PlacedCity | null>;
};

/** `[lng, lat]` → pixels at the layout's zoom (any origin: only differences count). */
export type ProjectPx = (position: [number, number]) => { x: number; y: number };
/** The width in px of `text` in the given CSS font weight and size (city names). */
export type MeasureText = (text: string, weight: 400 | 600, px: number) => number;

/** Latin runs of the bold province names are this much wider than `estimateWidthEm` says. */
const BOLD_LATIN = 1.1;

/**
 * A province label's box in pixels: its text's estimated width in the label font (ideographs
 * one em, other runs by `estimateWidthEm`), plus padding. Estimated, not measured: no
 * canvas and no font lookups while the map draws; within about 10 % of system-ui's widths, on
 * the generous side.
 */
export function labelSize(name: string): { w: number; h: number } {
  const text = labelTextWidth(
    name,
    LABEL_FONT_PX,
    (run) => estimateWidthEm(run) * LABEL_FONT_PX * BOLD_LATIN,
  );
  return { w: Math.ceil(text) + LABEL_PAD * 2, h: Math.ceil(LABEL_FONT_PX * LABEL_LINE) + 2 };
}

/** A city name's box: its text in the city font, with a little padding for the halo. */
export function citySize(name: string, measure: MeasureText): { w: number; h: number } {
  const text = measure(name, 400, CITY_FONT_PX);
  return { w: Math.ceil(text) + 4, h: Math.ceil(CITY_FONT_PX * CITY_LINE) + 2 };
}

/**
 * Where each office's marker is drawn: an offset from its projected position, so that close
 * offices fan out (0, 0 for one that stands alone). Offsets do not depend on the pixels' origin.
 */
function markerOffsets(points: readonly Point[]): Map<string, Offset> {
  return fanOutMarkers(points, MARKER_SIZE, MARKER_GAP);
}

/**
 * How far to pan a view framed on the office `keepId` so that no office's marker, where it is
 * drawn (fanned out), is cut by the view's edge. `points`: the offices shown, in the view's
 * pixels at the frame's zoom, [0, width] × [0, height]. Returns the pan in pixels (positive x
 * moves the view right); none if the office is not among the points.
 */
export function panToShowMarkers(
  points: readonly Point[],
  keepId: string,
  width: number,
  height: number,
): Offset {
  const offsets = markerOffsets(points);
  const drawn = points.map((p) => {
    const o = offsets.get(p.id)!;
    return { id: p.id, x: p.x + o.dx, y: p.y + o.dy };
  });
  const keep = drawn.find((p) => p.id === keepId);
  return keep ? panToUncut(drawn, keep, width, height, MARKER_SIZE) : { dx: 0, dy: 0 };
}

/**
 * The symbols' layout at `zoom`: close offices fan out with leader lines back to their
 * positions; each province's name goes inside it where it fits, else beside it with a leader
 * line (names that do not fit come first, then the larger provinces); cities last, around what
 * is already there.
 */
export function layoutSymbols(input: {
  zoom: number;
  project: ProjectPx;
  measure: MeasureText;
  places: readonly MapPlace[];
  regions: readonly MapRegion[];
  cities: readonly FinderCity[];
  locale: Locale;
}): SymbolLayout {
  const { zoom, project, measure, places, regions, cities, locale } = input;
  const points = places.map((p) => ({ id: p.id, ...project(p.position) }));
  const markers = markerOffsets(points);
  const obstacles: Box[] = points.map((p) => {
    const o = markers.get(p.id)!;
    return { x: p.x + o.dx, y: p.y + o.dy, w: MARKER_SIZE + 4, h: MARKER_SIZE + 4 };
  });
  const labels = regions.map((r) => {
    const { x, y } = project(r.labelPoint);
    const sw = project([r.bounds[0][1], r.bounds[0][0]]);
    const ne = project([r.bounds[1][1], r.bounds[1][0]]);
    const { w, h } = labelSize(r.name);
    const fits = w < 0.6 * Math.abs(ne.x - sw.x) && h < 0.6 * Math.abs(sw.y - ne.y);
    return { id: r.id, x, y, w, h, fits, areaKm2: r.areaKm2 };
  });
  labels.sort((a, b) => Number(a.fits) - Number(b.fits) || b.areaKm2 - a.areaKm2);
  const placed = placeLabels(labels, obstacles, 8);
  const taken: Box[] = [...obstacles];
  for (const l of labels) {
    const spot = placed.get(l.id);
    if (spot) taken.push({ x: l.x + spot.dx, y: l.y + spot.dy, w: l.w, h: l.h });
  }
  const cityInputs = cities.map((c) => ({
    id: c.id,
    ...project(c.position),
    ...citySize(cityName(c, locale).name, measure),
  }));
  return {
    zoom,
    markers,
    labels: placed,
    cities: placeCityLabels(cityInputs, taken, CITY_DOT, 2, obstacles),
  };
}
