import { z } from 'zod';
import citiesFile from '@/data/cities.json';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { loadGeodata } from '@/lib/data/load-geodata';
import type { Locale } from '@/lib/i18n/locales';
import type { FinderData, FinderRegion } from '@/lib/finder/finder-data';
import { CITY_ID } from '@/lib/url/selection';
import { loadNetwork } from '@/lib/network/load';
import type { Network } from '@/lib/network/network';
import { servingOn } from '@/lib/network/service';

const nameOrNull = z.string().min(1).nullable();
const citySchema = z.strictObject({
  id: z.string().regex(CITY_ID),
  names: z.strictObject({ 'zh-Hant': nameOrNull, 'zh-Hans': nameOrNull, en: z.string().min(1) }),
  position: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  regionId: z.string().min(1),
  capital: z.boolean(),
  minZoom: z.number().int().min(0).max(18),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .nullable(),
  neAdm1: z.string().nullable(),
});
export type City = z.infer<typeof citySchema>;

/** A provincial-level division of China (the ten and the others), with its names. */
export type Province = FinderRegion & { kind: string };

let cities: City[] | undefined;
let provinces: Province[] | undefined;

/** The cities of data/cities.json (built by `npm run data:build`), validated once. Server-only. */
export function loadCities(): City[] {
  cities ??= z.array(citySchema).parse((citiesFile as { cities: unknown }).cities);
  return cities;
}

/**
 * Every province of the basemap: the ten covered ones with their full names and aliases from
 * data/regions.json, the others (and Hong Kong, Macao) with the names the topology carries.
 */
export function loadProvinces(): Province[] {
  if (provinces) return provinces;
  const { regions, topology } = loadGeodata();
  const china = feature(topology as never, topology.objects.china as GeometryCollection);
  const others = china.features.map((f) => {
    const p = f.properties as { id: string; names: Record<Locale, string>; kind?: string };
    return { id: p.id, names: p.names, otherNames: [], covered: false, kind: p.kind ?? 'province' };
  });
  provinces = [
    ...regions.map((r) => ({
      id: r.id,
      names: r.names,
      otherNames: [...Object.values(r.fullNames), ...r.aliases],
      covered: true,
      kind: r.kind,
    })),
    ...others,
  ];
  return provinces;
}

/** What `/data/cities.json` serves the browser: the cities, provinces and offices, all names. */
export function finderData(): FinderData {
  const { places } = loadGeodata();
  const network = loadNetwork();
  return {
    cities: loadCities().map(({ id, names, position, regionId, capital, minZoom }) => ({
      id,
      names,
      position,
      regionId,
      capital,
      minZoom,
    })),
    regions: loadProvinces().map(({ id, names, otherNames, covered }) => ({
      id,
      names,
      otherNames,
      covered,
      servedBy: covered ? null : servedNow(network, id),
    })),
    places: [...places, ...network.records.values()].map((p) => ({
      id: p.id,
      names: p.names,
      otherNames: [...Object.values(p.shortNames), ...p.aliases],
    })),
  };
}

/** The short names of the office that serves a province now, null where none does (Hong Kong). */
function servedNow(network: Network, regionId: string): Record<Locale, string> | null {
  const [period] = servingOn(network.periods, regionId, null);
  const office = period && network.offices.find((o) => o.id === period.officeId);
  return office ? office.shortNames : null;
}
