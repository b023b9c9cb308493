/**
 * Schema of data/mainland-offices.json: the Hong Kong SAR Government's other Mainland offices
 * (Guangdong, Shanghai, Chengdu, Wuhan) and their liaison units, in the fields of
 * data/places.json, plus each office's service periods. Checks within the file only; the checks
 * across files (known provinces and cities) are in ./network.
 */
import * as z from 'zod';
import {
  bilingual,
  isoDateSchema as isoDate,
  names,
  positionSchema,
  slug,
  text,
} from '@/lib/data/schema';

/** What a source is cited for. */
export const NETWORK_SUPPORTS = ['date', 'address', 'position', 'name', 'service-area'] as const;
export const NETWORK_TITLE_LANGS = ['zh-Hant', 'zh-Hans', 'en', 'ja'] as const;

const source = z
  .strictObject({
    id: slug,
    url: z.url().optional(),
    title: text.optional(),
    titleLang: z.enum(NETWORK_TITLE_LANGS).optional(),
    about: bilingual,
    supports: z.array(z.enum(NETWORK_SUPPORTS)).min(1, 'must name what the source supports'),
  })
  .refine((s) => (s.title === undefined) === (s.titleLang === undefined), {
    message: 'a title and its titleLang go together',
  });

const dateEntry = z.strictObject({
  date: isoDate,
  what: text,
  whatZh: text,
  source: slug,
  note: bilingual.optional(),
});

/** One end of a service period: the date at the source's precision, and the source. */
const edge = z.strictObject({ date: isoDate, source: slug, note: bilingual.optional() });

const period = z.strictObject({
  regionId: slug,
  /** inclusive; absent: since the office opened */
  from: edge.optional(),
  /** the day the next office took over (exclusive); absent: still served */
  until: edge.optional(),
  note: bilingual.optional(),
  /** further sources for the period as a whole */
  sources: z.array(slug).optional(),
});

/** null where no address was found; a language null where the sources give only the other. */
const address = z
  .strictObject({ zh: text.nullable(), en: text.nullable(), source: slug })
  .refine((a) => a.zh !== null || a.en !== null, { message: 'an address needs zh or en' })
  .nullable();

const common = {
  id: slug,
  names,
  shortNames: names,
  aliases: z.array(text),
  address,
  /** `[lng, lat]`, WGS-84 */
  position: positionSchema,
  /** radius in metres within which the building is believed to be */
  uncertaintyM: z.number().positive().max(50_000),
  regionId: slug,
  /** the city of data/cities.json it is in */
  cityId: slug,
  dates: z.strictObject({
    from: dateEntry.optional(),
    other: z.array(dateEntry).optional(),
  }),
  basis: bilingual,
  notes: bilingual.optional(),
  sources: z.array(source).min(1, 'at least one source is required'),
};

const office = z.strictObject({
  ...common,
  role: z.literal('office'),
  serves: z.array(period).min(1),
});

const unit = z.strictObject({
  ...common,
  role: z.literal('liaison-unit'),
  officeId: slug,
  /** the province it works with; null where it serves a city only */
  servesRegion: slug.nullable(),
});

export const networkFileSchema = z.strictObject({
  $comment: z.string().optional(),
  coordinateOrder: z.literal('lng,lat'),
  datum: z.literal('WGS-84'),
  beijingOffice: z.strictObject({
    $comment: z.string().optional(),
    serves: z.array(period),
    sources: z.array(source).min(1),
  }),
  offices: z.array(office).min(1),
  liaisonUnits: z.array(unit),
});

export type NetworkFile = z.infer<typeof networkFileSchema>;
export type NetworkOffice = z.infer<typeof office>;
export type NetworkUnit = z.infer<typeof unit>;
export type NetworkPlace = NetworkOffice | NetworkUnit;
export type NetworkSource = z.infer<typeof source>;
export type ServiceEdge = z.infer<typeof edge>;
export type ServicePeriodRecord = z.infer<typeof period>;
