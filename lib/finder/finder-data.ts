import type { Locale } from '@/lib/i18n/locales';
import type { FinderEntry } from './search';

/** A city as the browser gets it (`/data/cities.json`): for the map's labels and the finder. */
export type FinderCity = {
  id: string;
  /** null: the city has no checked name in that language (it is not labelled there). */
  names: Record<Locale, string | null>;
  position: [number, number];
  regionId: string;
  capital: boolean;
  minZoom: number;
};

export type FinderRegion = {
  id: string;
  names: Record<Locale, string>;
  /** Longer official names and aliases (遼寧省, 内蒙古自治区…), for matching only. */
  otherNames: string[];
  /** One of the ten provinces the office covers. */
  covered: boolean;
  /** Outside them: the short name of the Mainland office that serves it now (null: none). */
  servedBy?: Record<Locale, string> | null;
};

export type FinderPlace = { id: string; names: Record<Locale, string>; otherNames: string[] };

export type FinderData = { cities: FinderCity[]; regions: FinderRegion[]; places: FinderPlace[] };

const values = (names: Record<string, string | null>) =>
  Object.values(names).filter((n): n is string => !!n);

/**
 * What the finder searches: the four offices, the ten covered provinces (the rest of China's
 * provinces are not selectable: a city in one names it in its panel), and every city.
 */
export function finderEntries(data: FinderData): FinderEntry[] {
  return [
    ...data.places.map((p) => ({
      kind: 'place' as const,
      id: p.id,
      names: [...values(p.names), ...p.otherNames],
    })),
    ...data.regions
      .filter((r) => r.covered)
      .map((r) => ({
        kind: 'region' as const,
        id: r.id,
        names: [...values(r.names), ...r.otherNames],
      })),
    ...data.cities.map((c) => ({ kind: 'city' as const, id: c.id, names: values(c.names) })),
  ];
}

/** A city's name in a language, else its English name; and the language that name is in. */
export function cityName(city: FinderCity, locale: Locale): { name: string; lang: Locale } {
  const own = city.names[locale];
  return own ? { name: own, lang: locale } : { name: city.names.en ?? city.id, lang: 'en' };
}

/**
 * What a match shows, in the finder's list and on its no-JavaScript result page: its name in
 * the page's language (and that name's language), the province a city lies in, and whether
 * this office covers it (or which Mainland office does).
 */
export function describeEntry(
  entry: Pick<FinderEntry, 'kind' | 'id'>,
  data: FinderData,
  locale: Locale,
): {
  name: string;
  lang: Locale;
  region: FinderRegion | undefined;
  covered: boolean;
  /** the office serving it now, where it is not the Beijing Office */
  servedBy: string | null;
} {
  const { kind, id } = entry;
  if (kind === 'city') {
    const c = data.cities.find((x) => x.id === id)!;
    const region = data.regions.find((r) => r.id === c.regionId);
    const servedBy = region?.servedBy?.[locale] ?? null;
    return { ...cityName(c, locale), region, covered: !!region?.covered, servedBy };
  }
  if (kind === 'region') {
    const r = data.regions.find((x) => x.id === id)!;
    return {
      name: r.names[locale],
      lang: locale,
      region: undefined,
      covered: r.covered,
      servedBy: null,
    };
  }
  const p = data.places.find((x) => x.id === id)!;
  return { name: p.names[locale], lang: locale, region: undefined, covered: true, servedBy: null };
}
