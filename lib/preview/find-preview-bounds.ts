import type { Geodata } from '@/lib/data/validate-geodata';
import { boundsOf } from '@/lib/geo/bounds-of';
import { regionFeatures } from '@/lib/geo/region-features';
import type { LeafletBounds, Position } from '@/lib/geo/types';
import type { Selection } from '@/lib/url/selection';
import { latitudeAt, mercatorX, mercatorY } from './project-mercator';

/** How wide a place's preview is: about zoom 7, enough to show its province around it. */
export const PLACE_VIEW_KM = 600;

/** km per degree of longitude at the equator (WGS-84 semi-major axis). */
const KM_PER_DEGREE = 111.32;

/**
 * Bounds `widthKm` wide (measured along the parallel through `center`) and as tall as
 * `aspect` asks in Web Mercator, centred on `center`.
 * @param center `[lng, lat]`, degrees
 * @param aspect width / height of the frame the bounds will fill
 * @returns Leaflet order `[[south, west], [north, east]]`
 */
export function boundsAround(center: Position, widthKm: number, aspect: number): LeafletBounds {
  const [lng, lat] = center;
  if (!(widthKm > 0 && aspect > 0) || Math.abs(lat) >= 85) {
    throw new Error(
      `boundsAround: need widthKm > 0, aspect > 0 and |lat| < 85, got ${widthKm}, ${aspect}, ${lat}`,
    );
  }
  const halfLngDeg = widthKm / 2 / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  const halfHeight = mercatorX(halfLngDeg) / aspect;
  const y = mercatorY(lat);
  return [
    [latitudeAt(y - halfHeight), lng - halfLngDeg],
    [latitudeAt(y + halfHeight), lng + halfLngDeg],
  ];
}

/**
 * What a link preview's map shows. No selection: the ten regions of the jurisdiction. A
 * region: the region with its neighbours around it. A place: `PLACE_VIEW_KM` around it.
 * @param aspect width / height of the map's frame, for the place view
 * @returns Leaflet order `[[south, west], [north, east]]`
 * @throws Error for an unknown id
 */
export function findPreviewBounds(
  selection: Selection | null,
  geodata: Geodata,
  aspect: number,
): LeafletBounds {
  if (!selection) return boundsOf(regionFeatures(geodata.topology, 'regions'), { padding: 0.03 });
  if (selection.kind === 'place') {
    const place = geodata.places.find((p) => p.id === selection.id);
    if (!place)
      throw new Error(`findPreviewBounds: unknown place id ${JSON.stringify(selection.id)}`);
    return boundsAround(place.position, PLACE_VIEW_KM, aspect);
  }
  const region = regionFeatures(geodata.topology, 'regions').features.find(
    (f) => f.properties.id === selection.id,
  );
  if (!region)
    throw new Error(`findPreviewBounds: unknown region id ${JSON.stringify(selection.id)}`);
  return boundsOf(region, { padding: 0.3, minSpanDeg: 5 });
}
