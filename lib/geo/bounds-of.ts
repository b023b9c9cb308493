import { bbox } from '@turf/turf';
import type { AllGeoJSON } from '@turf/turf';
import { assertPosition } from './assert-position';
import type { LeafletBounds, Position } from './types';

export type BoundsOptions = {
  /** extra space on each side, as a fraction of the span (Leaflet's `pad`); default 0.1 */
  padding?: number;
  /** smallest span in degrees on each axis, so a point still gives a view; default 0.01 */
  minSpanDeg?: number;
};

/**
 * Bounds to fit the map to, for a GeoJSON object (Feature, FeatureCollection, Geometry)
 * or a single `[lng, lat]` point.
 * @returns `[[south, west], [north, east]]` — Leaflet's `[lat, lng]` order, ready for
 *   `map.fitBounds`; not GeoJSON order. Latitudes are clamped to -90..90.
 */
export function boundsOf(input: AllGeoJSON | Position, options: BoundsOptions = {}): LeafletBounds {
  const { padding = 0.1, minSpanDeg = 0.01 } = options;
  if (typeof padding !== 'number' || !(padding >= 0)) {
    throw new Error(`boundsOf: options.padding must be a number >= 0, got ${padding}`);
  }
  if (typeof minSpanDeg !== 'number' || !(minSpanDeg >= 0)) {
    throw new Error(`boundsOf: options.minSpanDeg must be a number >= 0, got ${minSpanDeg}`);
  }
  let west: number, south: number, east: number, north: number;
  if (Array.isArray(input)) {
    assertPosition(input, 'input', 'boundsOf');
    [west, south, east, north] = [input[0], input[1], input[0], input[1]];
  } else {
    if (!input || typeof input !== 'object' || typeof input.type !== 'string') {
      throw new Error('boundsOf: input must be a GeoJSON object or a [lng, lat] point');
    }
    [west, south, east, north] = bbox(input);
    if (![west, south, east, north].every(isFinite)) {
      throw new Error('boundsOf: input has no coordinates');
    }
  }
  const padX = Math.max((east - west) * padding, (minSpanDeg - (east - west)) / 2, 0);
  const padY = Math.max((north - south) * padding, (minSpanDeg - (north - south)) / 2, 0);
  return [
    [Math.max(-90, south - padY), west - padX],
    [Math.min(90, north + padY), east + padX],
  ];
}
