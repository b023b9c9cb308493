/**
 * Schemas of the hand-curated and built data files (data/places.json, data/regions.json,
 * data/geo.topo.json) and the app types inferred from them.
 *
 * Coordinates are GeoJSON order `[lng, lat]`, WGS-84. The schemas check each file on its
 * own; checks across files (a place inside its region, coverage) are in validate-geodata.
 */
import * as z from 'zod';
import { isIsoDate } from '@/lib/atlas/dates';

export const PLACE_IDS = [
  'beijing-office',
  'former-beijing-office',
  'liaoning-liaison-unit',
  'tianjin-liaison-unit',
] as const;
export type PlaceId = (typeof PLACE_IDS)[number];

/** The ten regions of the Beijing Office's jurisdiction, in the article's order. */
export const REGION_IDS = [
  'beijing',
  'tianjin',
  'hebei',
  'liaoning',
  'jilin',
  'heilongjiang',
  'inner-mongolia',
  'xinjiang',
  'gansu',
  'ningxia',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const PLACE_ROLES = ['office', 'former-office', 'liaison-unit'] as const;
export const REGION_KINDS = ['municipality', 'province', 'autonomous-region'] as const;
export const SOURCE_SUPPORTS = ['address', 'position', 'date'] as const;

/** Roughly China, for catching positions that are valid on Earth but wrong here. */
export const CHINA_BOUNDS = { west: 73, south: 18, east: 136, north: 54 } as const;

export const text = z.string().trim().min(1, 'must not be empty');

/** A slug: lower-case ASCII words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug (a-z, 0-9, -)');

export const names = z.strictObject({ 'zh-Hant': text, 'zh-Hans': text, en: text });

/**
 * A text readers see, in Traditional Chinese (Hong Kong usage; the Simplified pages convert it
 * with OpenCC) and in English. Reader words: no file paths, tool or datum names.
 */
export const bilingual = z.strictObject({ zh: text, en: text });

/** The language a cited work is written in, as a BCP 47 tag for its `lang` attribute. */
export const TITLE_LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const;

const placeId = z.enum(PLACE_IDS, {
  error: (issue) =>
    `unknown place id ${JSON.stringify(issue.input)} (known: ${PLACE_IDS.join(', ')})`,
});

const regionId = z.enum(REGION_IDS, {
  error: (issue) =>
    `unknown regionId ${JSON.stringify(issue.input)} (known: ${REGION_IDS.join(', ')})`,
});

/** `[lng, lat]` in WGS-84, inside China; says so when the pair looks swapped. */
export const positionSchema = z
  .tuple([z.number(), z.number()], { error: 'must be [lng, lat], two numbers' })
  .superRefine(([lng, lat], ctx) => {
    const swappedFits = inChina(lat, lng);
    const hint = swappedFits ? ' — are lng/lat swapped?' : '';
    if (lat < -90 || lat > 90) {
      ctx.addIssue({ code: 'custom', message: `latitude ${lat} is out of range (-90..90)${hint}` });
    } else if (lng < -180 || lng > 180) {
      ctx.addIssue({
        code: 'custom',
        message: `longitude ${lng} is out of range (-180..180)${hint}`,
      });
    } else if (!inChina(lng, lat)) {
      const { west, east, south, north } = CHINA_BOUNDS;
      ctx.addIssue({
        code: 'custom',
        message: swappedFits
          ? `[${lng}, ${lat}] looks swapped: [lng, lat] is expected and [${lat}, ${lng}] is in China`
          : `[${lng}, ${lat}] is outside China (lng ${west}..${east}, lat ${south}..${north})`,
      });
    }
  });

function inChina(lng: number, lat: number): boolean {
  const { west, east, south, north } = CHINA_BOUNDS;
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

/** ISO 8601 date at the precision a source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const isoDateSchema = z.string().refine(isIsoDate, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`,
});

const dateEntry = z.strictObject({
  date: isoDateSchema,
  /** what happened, in English */
  what: text,
  /** the same in Traditional Chinese, for the Chinese pages */
  whatZh: text,
  /** id of an entry in the place's `sources` */
  source: text,
  /** what else a reader should know about the date, in both languages */
  note: bilingual.optional(),
});

const source = z
  .strictObject({
    id: slug,
    url: z.url().optional(),
    /** the cited work's own title, in its own language; absent where none was recorded */
    title: text.optional(),
    /** the language of `title` */
    titleLang: z.enum(TITLE_LANGS).optional(),
    /** what the source is and what it gives, for readers */
    about: bilingual,
    supports: z.array(z.enum(SOURCE_SUPPORTS)).min(1, 'must name what the source supports'),
  })
  .superRefine((s, ctx) => {
    if (s.title !== undefined && s.titleLang === undefined) {
      ctx.addIssue({ code: 'custom', path: ['titleLang'], message: 'a title needs its language' });
    }
    if (s.title === undefined && s.titleLang !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'titleLang without a title' });
    }
  });

export const placeSchema = z
  .strictObject({
    id: placeId,
    role: z.enum(PLACE_ROLES),
    names,
    shortNames: names,
    aliases: z.array(text),
    address: z.strictObject({ zh: text, en: text }),
    /** `[lng, lat]`, WGS-84 */
    position: positionSchema,
    /** radius in metres within which the building is believed to be */
    uncertaintyM: z.number().positive().max(5000),
    regionId,
    /** the article section the place is described in ('lead' for the lead) */
    articleSection: text.nullable(),
    dates: z.strictObject({
      from: dateEntry,
      to: dateEntry.optional(),
      other: z.array(dateEntry).optional(),
    }),
    /** how the position was determined */
    basis: bilingual,
    /** what is unresolved about the place */
    notes: bilingual.optional(),
    sources: z.array(source).min(1, 'at least one source is required'),
  })
  .superRefine((place, ctx) => {
    const ids = place.sources.map((s) => s.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'id'],
          message: `duplicate source id "${id}"`,
        });
      }
    });
    for (const what of SOURCE_SUPPORTS) {
      if (!place.sources.some((s) => s.supports.includes(what))) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: `no source supports the ${what}`,
        });
      }
    }
    const entries: [string, z.infer<typeof dateEntry> | undefined][] = [
      ['from', place.dates.from],
      ['to', place.dates.to],
      ...(place.dates.other ?? []).map((e, i): [string, typeof e] => [`other.${i}`, e]),
    ];
    for (const [key, entry] of entries) {
      if (entry && !ids.includes(entry.source)) {
        ctx.addIssue({
          code: 'custom',
          path: [
            'dates',
            ...key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
            'source',
          ],
          message: `"${entry.source}" is not the id of one of this place's sources (${ids.join(', ')})`,
        });
      }
    }
    const { from, to } = place.dates;
    if (to && isIsoDate(to.date) && isIsoDate(from.date) && to.date < from.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['dates', 'to', 'date'],
        message: `${to.date} is before dates.from (${from.date})`,
      });
    }
  });

export const placesFileSchema = z
  .strictObject({
    $comment: z.string().optional(),
    coordinateOrder: z.literal('lng,lat'),
    datum: z.literal('WGS-84'),
    places: z.array(placeSchema),
  })
  .superRefine((file, ctx) => {
    file.places.forEach((place, i) => {
      if (file.places.findIndex((p) => p.id === place.id) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['places', i, 'id'],
          message: `duplicate id "${place.id}"`,
        });
      }
    });
    for (const id of PLACE_IDS) {
      if (!file.places.some((p) => p.id === id)) {
        ctx.addIssue({ code: 'custom', path: ['places'], message: `place "${id}" is missing` });
      }
    }
  });

export const regionSchema = z.strictObject({
  id: regionId,
  /** ISO 3166-2 letter code, e.g. CN-BJ */
  iso: z.string().regex(/^CN-[A-Z]{2}$/, 'must be an ISO 3166-2:CN letter code like CN-BJ'),
  /** the older numeric code Natural Earth carries, e.g. CN-11 */
  neCode: z.string().regex(/^CN-\d{2}$/, 'must be a numeric code like CN-11'),
  kind: z.enum(REGION_KINDS),
  names,
  fullNames: names,
  /** strings that name the region in text, for mention finding */
  aliases: z.array(text).min(1),
  /** the office whose jurisdiction includes the region */
  coveredBy: placeId,
  /** the liaison unit in the region, if any */
  liaisonUnit: placeId.nullable(),
  /** Turf area of the unsimplified source polygon, km² */
  areaKm2: z.number().int().positive(),
  /** the source's own area_sqkm, null where the source has none */
  sourceAreaKm2: z.number().positive().nullable(),
  /** `[lng, lat]`, inside the region */
  labelPoint: positionSchema,
});

export const regionsFileSchema = z
  .strictObject({
    source: z.record(z.string(), z.string()),
    /** China's land area in the source, km² (see chinaAreaNote for what it includes) */
    chinaAreaKm2: z.number().positive(),
    chinaAreaNote: text,
    regions: z.array(regionSchema),
  })
  .superRefine((file, ctx) => {
    file.regions.forEach((region, i) => {
      if (file.regions.findIndex((r) => r.id === region.id) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', i, 'id'],
          message: `duplicate id "${region.id}"`,
        });
      }
    });
    for (const id of REGION_IDS) {
      if (!file.regions.some((r) => r.id === id)) {
        ctx.addIssue({ code: 'custom', path: ['regions'], message: `region "${id}" is missing` });
      }
    }
  });

const topologyObject = z.object({
  type: z.literal('GeometryCollection'),
  geometries: z.array(
    z.object({
      type: z.enum(['Polygon', 'MultiPolygon']),
      id: z.string(),
      arcs: z.array(z.unknown()),
      properties: z.object({ id: z.string(), names }),
    }),
  ),
});

/** Shape check of data/geo.topo.json (not of every arc). */
export const topologySchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({
    scale: z.tuple([z.number(), z.number()]),
    translate: z.tuple([z.number(), z.number()]),
  }),
  objects: z.object({ regions: topologyObject, china: topologyObject, countries: topologyObject }),
  arcs: z.array(z.array(z.tuple([z.number(), z.number()]))),
});

export type Names = z.infer<typeof names>;
export type Bilingual = z.infer<typeof bilingual>;
export type Position = [lng: number, lat: number];
export type PlaceSource = z.infer<typeof source>;
export type PlaceDate = z.infer<typeof dateEntry>;
export type Place = z.infer<typeof placeSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
export type Region = z.infer<typeof regionSchema>;
export type RegionsFile = z.infer<typeof regionsFileSchema>;
