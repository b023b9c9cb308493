/**
 * The network as the map draws it (`/data/network.json`, loaded once the page is idle): the
 * other offices and liaison units as small symbols, and every service period, so the map can
 * colour each province by the office serving it on the timeline's date. Pure.
 */
import type { Locale } from '@/lib/i18n/locales';
import { otherMembers } from './ids';
import type { Network } from './network';
import { isOpenOn, spanCovers } from './service';

export type MapNetworkPlace = {
  id: string;
  role: 'office' | 'liaison-unit';
  officeId: string;
  /** short names, by language */
  names: Record<Locale, string>;
  /** `[lng, lat]` */
  position: [number, number];
  /** the first date it is known to be open (null: not known; drawn only without a date) */
  from: string | null;
};

export type MapNetwork = {
  places: MapNetworkPlace[];
  periods: { officeId: string; regionId: string; from: string | null; until: string | null }[];
};

export const NETWORK_URL = '/data/network.json';

/** What `/data/network.json` serves: the places other than the Beijing Office's, all periods. */
export function toMapNetwork(network: Network): MapNetwork {
  return {
    places: otherMembers(network).map((m) => ({
      id: m.id,
      role: m.role,
      officeId: m.officeId,
      names: m.shortNames,
      position: m.position,
      from: m.from,
    })),
    periods: network.periods.map((p) => ({
      officeId: p.officeId,
      regionId: p.regionId,
      from: p.from?.date ?? null,
      until: p.until?.date ?? null,
    })),
  };
}

/** Checks what the browser fetched; throws on anything else. */
export function isMapNetwork(value: unknown): MapNetwork {
  const v = value as MapNetwork;
  if (!v || !Array.isArray(v.places) || !Array.isArray(v.periods))
    throw new Error('the offices file is not in the expected form');
  return v;
}

/** The office serving `regionId` on `day` (null: now), or null where none is known. */
export function officeOfRegion(
  network: MapNetwork,
  regionId: string,
  day: string | null,
): string | null {
  return (
    network.periods.find((p) => p.regionId === regionId && spanCovers(p.from, p.until, day))
      ?.officeId ?? null
  );
}

/** The places open on `day` (null: now, every place). */
export function placesOn(network: MapNetwork, day: string | null): MapNetworkPlace[] {
  return network.places.filter((p) => isOpenOn(p, day));
}

/** The other offices' and units' positions, for framing one when a link selects it. */
export function otherPlaces(network: Network): { id: string; position: [number, number] }[] {
  return otherMembers(network).map((m) => ({ id: m.id, position: m.position }));
}
