/**
 * The five Mainland offices of the Hong Kong SAR Government as one network: the Beijing Office
 * and its liaison units from data/places.json, its ten provinces from data/regions.json (the
 * article's), and the other offices, their units and service periods from
 * data/mainland-offices.json. Checks the file against the rest (known provinces and cities,
 * sources that exist and support what they are cited for, periods that do not overlap).
 * Pure; reports everything it finds.
 */
import type * as z from 'zod';
import { firstDay } from '@/lib/atlas/dates';
import type { Bilingual, Names, Place, Region } from '@/lib/data/schema';
import {
  networkFileSchema,
  type NetworkFile,
  type NetworkSource,
  type ServiceEdge,
  type ServicePeriodRecord,
} from './schema';
import type { ServicePeriod } from './service';
import { BEIJING_OFFICE } from './ids';

export { BEIJING_OFFICE };

export const NETWORK_FILE = 'data/mainland-offices.json';

export type Address = { zh: string | null; en: string | null } | null;

/** A source as a panel lists it: one of data/places.json or of data/mainland-offices.json. */
export type Source = NetworkSource;

export type NetworkMember = {
  id: string;
  role: 'office' | 'liaison-unit';
  names: Names;
  shortNames: Names;
  address: Address;
  position: [number, number];
  uncertaintyM: number;
  regionId: string;
  /** the city of data/cities.json it is placed at (by city only); null where placed by address */
  cityId: string | null;
  /** its office (itself for an office) */
  officeId: string;
  /** a liaison unit's province; null for an office or a unit that serves a city only */
  servesRegion: string | null;
  /** the first known date it was open: its opening, else its earliest recorded date */
  from: string | null;
  /** its opening is a known date (not only a date by which it was at work) */
  openingKnown: boolean;
  /** where its page is: a place of the article, or a network office */
  page: 'place' | 'office';
  sources: Source[];
};

export type Network = {
  /** the five offices, the Beijing Office first */
  offices: NetworkMember[];
  /** every liaison unit, the Beijing Office's first */
  units: NetworkMember[];
  periods: (ServicePeriod & { note: Bilingual | null; sources: Source[] })[];
  /** the records of data/mainland-offices.json by id, as the file has them */
  records: Map<string, NetworkFile['offices'][number] | NetworkFile['liaisonUnits'][number]>;
};

export type NetworkValidation = { ok: true; data: Network } | { ok: false; errors: string[] };

export type NetworkContext = {
  places: readonly Place[];
  regions: readonly Region[];
  /** ids of the 31 provincial-level regions of the Mainland */
  mainland: readonly string[];
  cities: readonly { id: string; regionId: string }[];
};

/** Checks data/mainland-offices.json and builds the network from it and the other files. */
export function buildNetwork(raw: unknown, ctx: NetworkContext): NetworkValidation {
  const parsed = networkFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: issuesOf(parsed.error) };
  const file = parsed.data;
  const errors: string[] = [];
  const err = (path: string, message: string) =>
    errors.push(`${NETWORK_FILE}: ${path}: ${message}`);
  const mainland = new Set(ctx.mainland);
  const cityById = new Map(ctx.cities.map((c) => [c.id, c]));
  const officeIds = new Set(file.offices.map((o) => o.id));
  const allIds = [...file.offices, ...file.liaisonUnits].map((p) => p.id);
  allIds.forEach((id, i) => {
    if (allIds.indexOf(id) !== i) err(`id ${id}`, 'duplicate id');
    if (ctx.places.some((p) => p.id === id)) err(`id ${id}`, 'already a place of data/places.json');
  });

  /** Every source is cited, and every citation names a source that supports it. */
  function checkSources(
    path: string,
    sources: NetworkSource[],
    cites: [where: string, id: string, what: NetworkSource['supports'][number]][],
  ) {
    const ids = sources.map((s) => s.id);
    ids.forEach(
      (id, i) =>
        ids.indexOf(id) !== i && err(`${path}.sources[${i}]`, `duplicate source id "${id}"`),
    );
    for (const [where, id, what] of cites) {
      const s = sources.find((x) => x.id === id);
      if (!s) err(`${path}.${where}`, `"${id}" is not one of its sources (${ids.join(', ')})`);
      else if (
        !s.supports.includes(what) &&
        !(what === 'service-area' && s.supports.includes('date'))
      )
        err(`${path}.${where}`, `source "${id}" is not marked as supporting the ${what}`);
    }
    for (const id of ids)
      if (!cites.some(([, c]) => c === id))
        err(`${path}.sources`, `source "${id}" is cited for nothing`);
  }

  function checkPeriods(path: string, periods: ServicePeriodRecord[]) {
    periods.forEach((p, i) => {
      if (!mainland.has(p.regionId))
        err(
          `${path}.serves[${i}].regionId`,
          `"${p.regionId}" is not a provincial-level region of the Mainland`,
        );
      if (p.from && p.until && firstDay(p.until.date) <= firstDay(p.from.date))
        err(`${path}.serves[${i}]`, `until ${p.until.date} is not after from ${p.from.date}`);
      periods.forEach((q, j) => {
        if (j <= i || q.regionId !== p.regionId) return;
        const start = (e?: ServiceEdge) => (e ? firstDay(e.date) : '');
        const end = (e?: ServiceEdge) => (e ? firstDay(e.date) : '9999');
        if (start(p.from) < end(q.until) && start(q.from) < end(p.until))
          err(`${path}.serves[${j}]`, `overlaps serves[${i}] (${p.regionId})`);
      });
    });
  }

  const edgeCites = (periods: ServicePeriodRecord[]) =>
    periods.flatMap((p, i) =>
      (['from', 'until'] as const)
        .flatMap((k): [string, string, 'service-area'][] => {
          const e = p[k];
          return e ? [[`serves[${i}].${k}.source`, e.source, 'service-area']] : [];
        })
        .concat(
          (p.sources ?? []).map((id, j): [string, string, 'service-area'] => [
            `serves[${i}].sources[${j}]`,
            id,
            'service-area',
          ]),
        ),
    );

  const records = [
    ...file.offices.map((o, i) => ({ rec: o, path: `offices[${i}]` })),
    ...file.liaisonUnits.map((u, i) => ({ rec: u, path: `liaisonUnits[${i}]` })),
  ];
  for (const { rec, path } of records) {
    if (!mainland.has(rec.regionId))
      err(`${path}.regionId`, `"${rec.regionId}" is not a provincial-level region of the Mainland`);
    const city = cityById.get(rec.cityId);
    if (!city) err(`${path}.cityId`, `"${rec.cityId}" is not a city of data/cities.json`);
    else if (city.regionId !== rec.regionId)
      err(
        `${path}.regionId`,
        `"${rec.regionId}", but its city ${rec.cityId} lies in ${city.regionId}`,
      );
    const cites: [string, string, NetworkSource['supports'][number]][] = [];
    const dates = [
      ...(rec.dates.from ? [['dates.from', rec.dates.from] as const] : []),
      ...(rec.dates.other ?? []).map((e, i) => [`dates.other[${i}]`, e] as const),
    ];
    for (const [where, e] of dates) cites.push([`${where}.source`, e.source, 'date']);
    if (rec.address) cites.push(['address.source', rec.address.source, 'address']);
    if (rec.role === 'office') {
      cites.push(...edgeCites(rec.serves));
      checkPeriods(path, rec.serves);
    } else {
      if (!officeIds.has(rec.officeId))
        err(`${path}.officeId`, `"${rec.officeId}" is not an office of the file`);
      const office = file.offices.find((o) => o.id === rec.officeId);
      if (rec.servesRegion && office && !office.serves.some((p) => p.regionId === rec.servesRegion))
        err(`${path}.servesRegion`, `its office ${rec.officeId} never serves ${rec.servesRegion}`);
    }
    // The position and the names are cited as a whole, by any source that supports them.
    for (const what of ['position', 'name'] as const) {
      const s = rec.sources.find((x) => x.supports.includes(what));
      if (s) cites.push([`sources`, s.id, what]);
      else if (what === 'position') err(`${path}.sources`, 'no source supports the position');
    }
    for (const s of rec.sources)
      if (!cites.some(([, id]) => id === s.id) && s.supports.includes('name'))
        cites.push(['sources', s.id, 'name']);
    checkSources(path, rec.sources, cites);
  }
  // English texts are read on the English pages: no Chinese in them (words rules).
  const han = /\p{Script=Han}/u;
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'en' || k === 'what') && typeof x === 'string' && han.test(x))
        err(`${path}.${k}`, `English text with Chinese in it: ${JSON.stringify(x)}`);
      else if (k !== 'names' && k !== 'shortNames' && k !== 'aliases') walk(x, `${path}.${k}`);
    }
  };
  walk(file.offices, 'offices');
  walk(file.liaisonUnits, 'liaisonUnits');
  walk(file.beijingOffice, 'beijingOffice');
  checkPeriods('beijingOffice', file.beijingOffice.serves);
  checkSources('beijingOffice', file.beijingOffice.sources, [
    ...edgeCites(file.beijingOffice.serves),
    ...file.beijingOffice.sources
      .filter((s) => s.supports.includes('service-area'))
      .map((s): [string, string, 'service-area'] => ['sources', s.id, 'service-area']),
  ]);

  const beijing = ctx.places.find((p) => p.id === BEIJING_OFFICE);
  if (!beijing) errors.push(`data/places.json: no place "${BEIJING_OFFICE}"`);
  if (errors.length || !beijing) return { ok: false, errors };
  return { ok: true, data: assemble(file, ctx, beijing) };
}

function assemble(file: NetworkFile, ctx: NetworkContext, beijing: Place): Network {
  const fromPlace = (p: Place, officeId: string, servesRegion: string | null): NetworkMember => ({
    id: p.id,
    role: p.role === 'liaison-unit' ? 'liaison-unit' : 'office',
    names: p.names,
    shortNames: p.shortNames,
    address: p.address,
    position: p.position,
    uncertaintyM: p.uncertaintyM,
    regionId: p.regionId,
    cityId: null,
    officeId,
    servesRegion,
    from: p.dates.from.date,
    openingKnown: true,
    page: 'place',
    sources: p.sources,
  });
  // The Beijing Office opened at its first address: the earliest date of its office places.
  const opened = ctx.places
    .filter((p) => p.role === 'office' || p.role === 'former-office')
    .map((p) => p.dates.from)
    .sort((a, b) => firstDay(a.date).localeCompare(firstDay(b.date)))[0]!;
  const beijingOffice = { ...fromPlace(beijing, BEIJING_OFFICE, null), from: opened.date };
  const beijingUnits = ctx.places
    .filter((p) => p.role === 'liaison-unit' && !p.dates.to)
    .map((p) =>
      fromPlace(p, BEIJING_OFFICE, ctx.regions.find((r) => r.liaisonUnit === p.id)?.id ?? null),
    );

  const member = (
    rec: NetworkFile['offices'][number] | NetworkFile['liaisonUnits'][number],
  ): NetworkMember => {
    const known = rec.dates.from?.date ?? null;
    const earliest = [...(rec.dates.other ?? [])].map((e) => e.date).sort()[0] ?? null;
    return {
      id: rec.id,
      role: rec.role,
      names: rec.names,
      shortNames: rec.shortNames,
      address: rec.address ? { zh: rec.address.zh, en: rec.address.en } : null,
      position: rec.position,
      uncertaintyM: rec.uncertaintyM,
      regionId: rec.regionId,
      cityId: rec.cityId,
      officeId: rec.role === 'office' ? rec.id : rec.officeId,
      servesRegion: rec.role === 'office' ? null : rec.servesRegion,
      from: known ?? earliest,
      openingKnown: known !== null,
      page: 'office',
      sources: rec.sources,
    };
  };

  const periodsOf = (
    officeId: string,
    records: ServicePeriodRecord[],
    sources: NetworkSource[],
    opening: ServiceEdge | null,
  ) =>
    records.map((p) => ({
      officeId,
      regionId: p.regionId,
      from: p.from ?? opening,
      until: p.until ?? null,
      note: p.note ?? null,
      sources: sources.filter(
        (s) => s.id === p.from?.source || s.id === p.until?.source || p.sources?.includes(s.id),
      ),
    }));
  const beijingSources = file.beijingOffice.sources;
  const article = beijing.sources.find((s) => s.id === 'article');
  const beijingPeriods = [
    ...ctx.regions
      .filter((r) => r.coveredBy === BEIJING_OFFICE)
      .map((r) => ({
        officeId: BEIJING_OFFICE,
        regionId: r.id,
        from: { date: opened.date, source: opened.source },
        until: null,
        note: null,
        sources: [
          ...(article ? [article] : []),
          ...beijingSources.filter((s) => s.supports.includes('service-area')),
        ],
      })),
    ...periodsOf(BEIJING_OFFICE, file.beijingOffice.serves, beijingSources, {
      date: opened.date,
      source: opened.source,
    }),
  ];
  return {
    records: new Map([...file.offices, ...file.liaisonUnits].map((r) => [r.id, r])),
    offices: [beijingOffice, ...file.offices.map(member)],
    units: [...beijingUnits, ...file.liaisonUnits.map(member)],
    periods: [
      ...beijingPeriods,
      ...file.offices.flatMap((o) =>
        periodsOf(
          o.id,
          o.serves,
          o.sources,
          o.dates.from ? { date: o.dates.from.date, source: o.dates.from.source } : null,
        ),
      ),
    ],
  };
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((i) => `${NETWORK_FILE}: ${i.path.join('.') || '(file)'}: ${i.message}`);
}
