import type { Place, Region } from '@/lib/data/schema';
import { distanceKm } from '@/lib/geo/distance-km';
import { regionsCoveredBy } from '@/lib/geo/regions-covered-by';
import type { Locale } from '@/lib/i18n/locales';

export const HOME_OFFICE_ID = 'beijing-office';

export type DatedFact = {
  date: string;
  what: string;
  note?: string;
  sourceTitle: string;
  sourceUrl?: string;
};
export type RegionRef = { id: string; name: string };

export type PlaceDescription = {
  place: Place;
  region: RegionRef;
  covers: RegionRef[];
  /** km from the Beijing office, great circle; null for the office itself */
  distanceFromOfficeKm: number | null;
  from: DatedFact;
  to: DatedFact | null;
  otherDates: DatedFact[];
};

/**
 * What a place's panel says, derived from the data: its region, the regions it covers, its
 * distance from the Beijing office, and its dates with the source each comes from. Region
 * names are in `locale`. Throws if the id is unknown (pages check ids first).
 */
export function describePlace(
  id: string,
  places: readonly Place[],
  regions: readonly Region[],
  locale: Locale,
): PlaceDescription {
  const place = places.find((p) => p.id === id);
  if (!place) throw new Error(`describePlace: unknown place id ${JSON.stringify(id)}`);
  const office = places.find((p) => p.id === HOME_OFFICE_ID);
  const region = regions.find((r) => r.id === place.regionId);
  if (!region) throw new Error(`describePlace: place ${id} has unknown region ${place.regionId}`);
  const dated = (d: Place['dates']['from']): DatedFact => {
    const source = place.sources.find((s) => s.id === d.source);
    return {
      date: d.date,
      what: locale === 'en' ? d.what : d.whatZh,
      note: d.note,
      sourceTitle: source?.title ?? d.source,
      sourceUrl: source?.url,
    };
  };
  return {
    place,
    region: toRef(region, locale),
    covers: regionsCoveredBy(place.id, regions).map((r) => toRef(r, locale)),
    distanceFromOfficeKm:
      office && office.id !== place.id ? distanceKm(office.position, place.position) : null,
    from: dated(place.dates.from),
    to: place.dates.to ? dated(place.dates.to) : null,
    otherDates: (place.dates.other ?? []).map(dated),
  };
}

export function toRef(region: Region, locale: Locale): RegionRef {
  return { id: region.id, name: region.names[locale] };
}
