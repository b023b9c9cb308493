import type { Bilingual, Place, PlaceSource, Region } from '@/lib/data/schema';
import type { NetworkSource } from '@/lib/network/schema';
import { distanceKm } from '@/lib/geo/distance-km';
import { regionsCoveredBy } from '@/lib/geo/regions-covered-by';
import type { Locale } from '@/lib/i18n/locales';

export const HOME_OFFICE_ID = 'beijing-office';

/** A source as a page shows it. */
export type SourceRef = {
  id: string;
  url?: string;
  /** the work's own title, with the language it is in on this page; null where none is recorded */
  title: { text: string; lang: string } | null;
  /** what the source is and what it gives, in the page's language */
  about: string;
  supports: (PlaceSource['supports'][number] | NetworkSource['supports'][number])[];
};

export type DatedFact = {
  date: string;
  what: string;
  /** in the page's language */
  note?: string;
  /** where the date comes from; null if the data names no such source (validation forbids it) */
  source: SourceRef | null;
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
  /** how the position was determined, in the page's language */
  basis: string;
  /** what is unresolved about the place, in the page's language */
  notes: string | null;
  sources: SourceRef[];
};

/** A reader's text in the page's language: English on English pages, Chinese otherwise. */
export function inLanguage(text: Bilingual, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

/**
 * A source in `locale`. A Chinese title on a Simplified page is converted with the rest of the
 * data (loadAtlas converts data/places.json beforehand; `convert` does it here for data that is
 * not), so it is marked as Simplified there; a title in another language keeps its own.
 */
export function toSourceRef(
  source: PlaceSource | NetworkSource,
  locale: Locale,
  convert: (zh: string) => string = (zh) => zh,
): SourceRef {
  const { title, titleLang } = source;
  const zhTitle = titleLang === 'zh-Hant' || titleLang === 'zh-Hans';
  const simplified = zhTitle && locale === 'zh-Hans';
  return {
    id: source.id,
    url: source.url,
    title:
      title === undefined
        ? null
        : {
            text: simplified ? convert(title) : title,
            lang: simplified ? 'zh-Hans' : (titleLang ?? locale),
          },
    about: locale === 'en' ? source.about.en : convert(source.about.zh),
    supports: source.supports,
  };
}

/**
 * What a place's panel says, derived from the data: its region, the regions it covers, its
 * distance from the Beijing office, its dates with the source each comes from, and how its
 * position was found. Names and notes are in `locale`. Throws if the id is unknown (pages
 * check ids first).
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
  const sources = place.sources.map((s) => toSourceRef(s, locale));
  const dated = (d: Place['dates']['from']): DatedFact => ({
    date: d.date,
    what: locale === 'en' ? d.what : d.whatZh,
    note: d.note && inLanguage(d.note, locale),
    source: sources.find((s) => s.id === d.source) ?? null,
  });
  return {
    place,
    region: toRef(region, locale),
    covers: regionsCoveredBy(place.id, regions).map((r) => toRef(r, locale)),
    distanceFromOfficeKm:
      office && office.id !== place.id ? distanceKm(office.position, place.position) : null,
    from: dated(place.dates.from),
    to: place.dates.to ? dated(place.dates.to) : null,
    otherDates: (place.dates.other ?? []).map(dated),
    basis: inLanguage(place.basis, locale),
    notes: place.notes ? inLanguage(place.notes, locale) : null,
    sources,
  };
}

export function toRef(region: Region, locale: Locale): RegionRef {
  return { id: region.id, name: region.names[locale] };
}
