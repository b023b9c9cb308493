/**
 * The little the map needs to know about places and regions, passed from the server layout to
 * the client map. Positions are GeoJSON order [lng, lat], degrees WGS-84.
 */
import { isInUse } from '@/lib/atlas/as-of';

export type PlaceRole = 'office' | 'former-office' | 'liaison-unit';

export type MapPlace = {
  id: string;
  name: string;
  role: PlaceRole;
  position: [number, number];
  uncertaintyM: number;
  regionId: string;
  /** in use from this ISO date (partial dates allowed) to `to`, exclusive; null: still in use */
  from: string;
  to: string | null;
};

export type MapRegion = {
  id: string;
  name: string;
  labelPoint: [number, number];
  areaKm2: number;
  coveredBy: string;
  liaisonUnit: string | null;
  /** Leaflet order [[south, west], [north, east]]. */
  bounds: [[number, number], [number, number]];
};

export type MapData = { places: MapPlace[]; regions: MapRegion[]; topologyUrl: string };

/**
 * The places the map draws on the timeline date (all of them without one): those in use that
 * day, the address then in use drawn as the office.
 */
export function placesShownOn(places: readonly MapPlace[], date: string | null): MapPlace[] {
  return places
    .filter((p) => isInUse(p, date))
    .map((p) => (date && p.role === 'former-office' ? { ...p, role: 'office' as const } : p));
}

/** A region's label shows from this zoom on: large provinces early, small cities late. */
export function labelMinZoom(areaKm2: number): number {
  if (areaKm2 >= 300_000) return 4;
  if (areaKm2 >= 60_000) return 5;
  return 7;
}

/** One of the other Mainland offices or units, for framing it when it is selected. */
export type OtherPlace = { id: string; position: [number, number] };
