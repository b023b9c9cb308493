import type { Selection } from '@/lib/url/selection';

export type RelatablePlace = { id: string; regionId: string };
export type RelatableRegion = { id: string; coveredBy: string; liaisonUnit: string | null };
export type Related = { regionIds: string[]; placeIds: string[] };

/**
 * What to highlight with a selection. A place: the regions it covers (the office: all it
 * covers; a liaison unit: its province) or else the region it stands in. A region: itself,
 * the places inside it, its liaison unit and the office that covers it. Nothing selected:
 * nothing highlighted. Unknown ids give empty lists.
 */
export function findRelated(
  selection: Selection | null,
  places: readonly RelatablePlace[],
  regions: readonly RelatableRegion[],
): Related {
  // A city is drawn selected by the map itself; its province's panel says what covers it.
  if (!selection || selection.kind === 'city') return { regionIds: [], placeIds: [] };
  if (selection.kind === 'place') {
    const place = places.find((p) => p.id === selection.id);
    if (!place) return { regionIds: [], placeIds: [] };
    const covered = regions.filter((r) => r.coveredBy === place.id || r.liaisonUnit === place.id);
    const regionIds = covered.length ? covered.map((r) => r.id) : [place.regionId];
    return { regionIds, placeIds: [place.id] };
  }
  const region = regions.find((r) => r.id === selection.id);
  if (!region) return { regionIds: [], placeIds: [] };
  const placeIds = places
    .filter(
      (p) => p.regionId === region.id || p.id === region.liaisonUnit || p.id === region.coveredBy,
    )
    .map((p) => p.id);
  return { regionIds: [region.id], placeIds };
}
