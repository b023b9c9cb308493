import { findMentions, type Mention } from '@/lib/article/find-mentions';
import { loadArticle } from '@/lib/article/load-article';
import type { Article } from '@/lib/article/types';
import { loadGeodata } from '@/lib/data/load-geodata';
import type { Place, Region } from '@/lib/data/schema';
import { convertStrings } from '@/lib/i18n/convert-strings';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import { toSimplified } from '@/lib/i18n/to-simplified';
import { dedupeMentions } from './dedupe-mentions';
import { indexMarks, type Mark } from './link-mentions';
import type { MapData } from '@/lib/map/map-data';
import { placeTargetId, regionTargetId, targetPath, toMentionTargets } from './mention-targets';
import { toMapData } from '@/lib/map/to-map-data';
import { jurisdictionArea, type JurisdictionArea } from '@/lib/geo/jurisdiction-area';
import { regionFeatures } from '@/lib/geo/region-features';

/** The URL the map fetches its basemap from (app/data/geo.topo.json/route.ts). */
export const TOPOLOGY_URL = '/data/geo.topo.json';

export type Atlas = {
  article: Article;
  places: Place[];
  regions: Region[];
  chinaAreaKm2: number;
  /** the ten regions' total area and share of China's land area, as the map draws them */
  jurisdiction: JurisdictionArea;
  mapData: MapData;
  /** passages that mention each place or region, by `place:<id>` / `region:<id>` */
  mentions: Record<string, Mention[]>;
  /** the same, by passage id, as links to select each place or region */
  marks: Map<string, Mark[]>;
};

const cache = new Map<Locale, Atlas>();

/**
 * Everything the pages show in a language, loaded, validated and cross-referenced once per
 * server process (at build time for the static pages). For Simplified Chinese every Chinese
 * text (the article, names, addresses, notes) is converted with OpenCC; the English pages keep
 * the article's Traditional text, and the map names places and provinces in English.
 * Server-only. Throws on invalid data files.
 */
export function loadAtlas(locale: Locale = DEFAULT_LOCALE): Atlas {
  const hit = cache.get(locale);
  if (hit) return hit;
  // Mentions are found in the converted text, so their character ranges fit what is shown.
  const localize = <T>(v: T): T => (locale === 'zh-Hans' ? convertStrings(v, toSimplified) : v);
  const geodata = loadGeodata();
  const article = localize(loadArticle());
  const places = localize(geodata.places);
  const regions = localize(geodata.regions);
  const mentions = findMentions(article, toMentionTargets(places, regions));
  const atlas: Atlas = {
    article,
    places,
    regions,
    chinaAreaKm2: geodata.chinaAreaKm2,
    jurisdiction: jurisdictionArea(regionFeatures(geodata.topology), geodata.chinaAreaKm2),
    mapData: toMapData(geodata.places, geodata.regions, geodata.topology, TOPOLOGY_URL, locale),
    mentions,
    marks: indexMarks(mentions, targetPath),
  };
  cache.set(locale, atlas);
  return atlas;
}

/** The passages that mention a place, each shown once. */
export function mentionsOfPlace(atlas: Atlas, id: string): Mention[] {
  return dedupeMentions(atlas.mentions[placeTargetId(id)] ?? []);
}

/** The passages that mention a region, each shown once. */
export function mentionsOfRegion(atlas: Atlas, id: string): Mention[] {
  return dedupeMentions(atlas.mentions[regionTargetId(id)] ?? []);
}

/**
 * The passages that mention a city (by any of its Chinese names) or its province (by any
 * name), each shown once, in reading order.
 */
export function mentionsOfCity(
  atlas: Atlas,
  city: { id: string; names: Record<string, string | null> },
  province: { id: string; names: Record<string, string>; otherNames: string[] } | null,
): Mention[] {
  const names = (xs: (string | null | undefined)[]) => [
    ...new Set(xs.filter((x): x is string => !!x)),
  ];
  const found = findMentions(atlas.article, [
    { id: 'city', names: names([city.names['zh-Hant'], city.names['zh-Hans']]) },
    ...(province
      ? [
          {
            id: 'province',
            names: names([...Object.values(province.names), ...province.otherNames]),
          },
        ]
      : []),
  ]);
  const all = [...(found.city ?? []), ...(found.province ?? [])];
  const order = new Map([...new Set(all.map((m) => m.passageId))].map((id, i) => [id, i] as const));
  // One passage, once: a passage naming both keeps the city's marks and the province's.
  const merged = new Map<string, Mention>();
  for (const m of all) {
    const prev = merged.get(m.passageId);
    merged.set(
      m.passageId,
      prev ? { ...prev, ranges: [...prev.ranges, ...m.ranges].sort((a, b) => a[0] - b[0]) } : m,
    );
  }
  return dedupeMentions(
    [...merged.values()].sort((a, b) => order.get(a.passageId)! - order.get(b.passageId)!),
  );
}
