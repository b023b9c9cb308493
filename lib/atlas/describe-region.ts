import type { Article, Event } from '@/lib/article/types';
import type { Place, Region } from '@/lib/data/schema';
import { distanceKm } from '@/lib/geo/distance-km';
import type { Locale } from '@/lib/i18n/locales';
import { HOME_OFFICE_ID } from './describe-place';

export type PlaceRef = { id: string; name: string; role: Place['role'] };

export type RegionDescription = {
  region: Region;
  coveredBy: PlaceRef | null;
  liaisonUnit: PlaceRef | null;
  placesInside: PlaceRef[];
  /** km from the Beijing office to the region's label point, great circle */
  distanceFromOfficeKm: number | null;
  /** the article's 香港周/香港節 held in this region */
  events: Event[];
};

/**
 * What a region's panel says: what kind of division it is, which office covers it, which
 * liaison unit and places are in it, how far it is from the Beijing office, and the
 * article's events held there. Place names are in `locale`. Throws if the id is unknown (pages check ids first).
 */
export function describeRegion(
  id: string,
  places: readonly Place[],
  regions: readonly Region[],
  article: Article,
  locale: Locale,
): RegionDescription {
  const region = regions.find((r) => r.id === id);
  if (!region) throw new Error(`describeRegion: unknown region id ${JSON.stringify(id)}`);
  const ref = (placeId: string | null): PlaceRef | null => {
    const p = places.find((x) => x.id === placeId);
    return p ? { id: p.id, name: p.shortNames[locale], role: p.role } : null;
  };
  const office = places.find((p) => p.id === HOME_OFFICE_ID);
  const names = new Set([
    ...Object.values(region.names),
    ...Object.values(region.fullNames),
    ...region.aliases,
  ]);
  return {
    region,
    coveredBy: ref(region.coveredBy),
    liaisonUnit: ref(region.liaisonUnit),
    placesInside: places.filter((p) => p.regionId === id).map((p) => ref(p.id)!),
    distanceFromOfficeKm: office ? distanceKm(office.position, region.labelPoint) : null,
    events: article.events.filter((e) => names.has(e.place)),
  };
}
