import type { LeafletBounds, Position } from '@/lib/geo/types';

/** A rectangle in image pixels: x to the right, y down. */
export type Rect = { x: number; y: number; width: number; height: number };

/** `[x, y]` in image pixels, y down. */
export type Point = [x: number, y: number];

/** Web Mercator's latitude limit, degrees. */
const MAX_LAT = 85.0511287798;

/** Web Mercator x of a longitude, in radians (units of the earth's radius). */
export function mercatorX(lng: number): number {
  return (lng * Math.PI) / 180;
}

/** Web Mercator y of a latitude, same units as `mercatorX`, north up; clamped to ±MAX_LAT. */
export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

/** The latitude whose Web Mercator y is `y`: the inverse of `mercatorY`, degrees. */
export function latitudeAt(y: number): number {
  return (Math.atan(Math.sinh(y)) * 180) / Math.PI;
}

/**
 * A Web Mercator projection that fits `bounds` into `frame` less `padding` on each side,
 * keeping the aspect: the bounds fill the padded frame on one axis and are centred on the
 * other. Points outside the bounds land outside the padded frame; nothing is clipped.
 * @param bounds Leaflet order `[[south, west], [north, east]]`, degrees
 * @param frame where the bounds go, image px
 * @param padding px left free inside the frame on each side; default 0
 * @returns a function from `[lng, lat]` (GeoJSON order, degrees) to `[x, y]` image px, y down
 */
export function projectMercator(
  bounds: LeafletBounds,
  frame: Rect,
  padding = 0,
): (position: Position) => Point {
  const [[south, west], [north, east]] = bounds ?? [[], []];
  if (![south, west, north, east].every(Number.isFinite) || !(north > south && east > west)) {
    throw new Error(
      `projectMercator: bounds must be [[south, west], [north, east]] with north > south and east > west, got ${JSON.stringify(bounds)}`,
    );
  }
  const innerWidth = frame.width - 2 * padding;
  const innerHeight = frame.height - 2 * padding;
  if (!(innerWidth > 0 && innerHeight > 0)) {
    throw new Error(
      `projectMercator: frame ${frame.width}×${frame.height} leaves no room inside padding ${padding}`,
    );
  }
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const scale = Math.min(innerWidth / (x1 - x0), innerHeight / (y0 - y1));
  const left = frame.x + padding + (innerWidth - (x1 - x0) * scale) / 2;
  const top = frame.y + padding + (innerHeight - (y0 - y1) * scale) / 2;
  return ([lng, lat]) => [
    left + (mercatorX(lng) - x0) * scale,
    top + (y0 - mercatorY(lat)) * scale,
  ];
}
