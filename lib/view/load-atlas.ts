import { findMentions, type Mention } from '@/lib/article/find-mentions';
import { loadArticle } from '@/lib/article/load-article';
import type { Article } from '@/lib/article/types';
import { loadGeodata } from '@/lib/data/load-geodata';
import type { Place, Region } from '@/lib/data/schema';
import { dedupeMentions } from './dedupe-mentions';
import { indexMarks, type Mark } from './link-mentions';
import type { MapData } from './map-data';
import { placeTargetId, regionTargetId, targetPath, toMentionTargets } from './mention-targets';
import { toMapData } from './to-map-data';

/** The URL the map fetches its basemap from (app/data/geo.topo.json/route.ts). */
export const TOPOLOGY_URL = '/data/geo.topo.json';

export type Atlas = {
  article: Article;
  places: Place[];
  regions: Region[];
  chinaAreaKm2: number;
  mapData: MapData;
  /** passages that mention each place or region, by `place:<id>` / `region:<id>` */
  mentions: Record<string, Mention[]>;
  /** the same, by passage id, as links to select each place or region */
  marks: Map<string, Mark[]>;
};

let cached: Atlas | undefined;

/**
 * Everything the pages show, loaded, validated and cross-referenced once per server process
 * (at build time for the static pages). Server-only. Throws on invalid data files.
 */
export function loadAtlas(): Atlas {
  if (cached) return cached;
  const article = loadArticle();
  const { places, regions, topology, chinaAreaKm2 } = loadGeodata();
  const mentions = findMentions(article, toMentionTargets(places, regions));
  cached = {
    article,
    places,
    regions,
    chinaAreaKm2,
    mapData: toMapData(places, regions, topology, TOPOLOGY_URL),
    mentions,
    marks: indexMarks(mentions, targetPath),
  };
  return cached;
}

/** The passages that mention a place, each shown once. */
export function mentionsOfPlace(atlas: Atlas, id: string): Mention[] {
  return dedupeMentions(atlas.mentions[placeTargetId(id)] ?? []);
}

/** The passages that mention a region, each shown once. */
export function mentionsOfRegion(atlas: Atlas, id: string): Mention[] {
  return dedupeMentions(atlas.mentions[regionTargetId(id)] ?? []);
}
