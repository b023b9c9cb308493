/**
 * The data downloads' contents, built from the validated data (lib/data/load-geodata): GeoJSON
 * (RFC 7946) with flat properties that GIS programs show as columns, KML for Google Earth and
 * Google My Maps, CSV for spreadsheets, and the places' nested detail as GeoJSON. Pure: the
 * data goes in, the file comes out. Every field is documented in data/README.md.
 *
 * Coordinates are `[lng, lat]`, WGS-84, rounded to 6 decimals (about 0.1 m, well inside every
 * place's uncertainty); the provinces are the simplified shapes the map draws, their exterior
 * rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6).
 */
import { rewind } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  MultiPolygon,
  Point,
  Polygon,
  Position as GeoJsonPosition,
} from 'geojson';
import { datePrecision, type DatePrecision } from '@/lib/atlas/dates';
import { placesToGeoJSON, regionsToGeoJSON, type PlaceProperties } from '@/lib/geo/to-geojson';
import type { GeoTopology } from '@/lib/geo/types';
import { COLORS } from '@/lib/map/region-style';
import { escapeMarkup } from '@/lib/text/escape';
import { BEIJING_OFFICE, type NetworkMember } from '@/lib/network/network';
import type { Names, Place, Region } from './schema';

/** Decimals kept in every coordinate of the downloads: 1e-6° is about 0.1 m. */
export const COORDINATE_DECIMALS = 6;

const SCALE = 10 ** COORDINATE_DECIMALS;

/** A coordinate rounded to {@link COORDINATE_DECIMALS} decimals. */
export function roundCoordinate(degrees: number): number {
  if (!Number.isFinite(degrees)) throw new Error(`roundCoordinate: ${degrees} is not finite`);
  return Math.round(degrees * SCALE) / SCALE + 0; // + 0 turns -0 into 0
}

/** The fields every flat record starts with: the id and the name in three languages. */
type NamedRecord = {
  id: string;
  /** the Traditional Chinese name, the article's own */
  name: string;
  name_zh_hant: string;
  name_zh_hans: string;
  name_en: string;
};

/**
 * A place of the downloads: one of the Beijing Office's (data/places.json), or one of the other
 * Mainland offices and liaison units (data/mainland-offices.json).
 */
export type ExportPlace = Place | NetworkMember;

/** A place's fields in the flat downloads (GeoJSON properties, KML ExtendedData, CSV). */
export type PlaceRecord = NamedRecord & {
  role: Place['role'];
  /** the office it belongs to: `beijing-office` or one of the other four */
  office_id: string;
  /** null where the sources give no address in that language */
  address_zh: string | null;
  address_en: string | null;
  /** ISO 8601 at the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null: not known */
  start_date: string | null;
  start_precision: DatePrecision | null;
  /** null while the place is still in use */
  end_date: string | null;
  end_precision: DatePrecision | null;
  uncertainty_m: number;
  /** the sources' URLs, each once, separated by one space (no URL holds a space) */
  source_urls: string;
  region_id: string;
};

/** A province's fields in the flat downloads. */
export type RegionRecord = NamedRecord & {
  kind: Region['kind'];
  iso_3166_2: string;
  area_km2: number;
  covered_by: string;
  liaison_unit: string | null;
};

function namedRecord({ id, names }: { id: string; names: Names }): NamedRecord {
  return {
    id,
    name: names['zh-Hant'],
    name_zh_hant: names['zh-Hant'],
    name_zh_hans: names['zh-Hans'],
    name_en: names.en,
  };
}

function precisionOf(iso: string): DatePrecision {
  const precision = datePrecision(iso);
  if (!precision) throw new Error(`exports: ${JSON.stringify(iso)} is not an ISO date`);
  return precision;
}

/** The flat record of a place: one value per field, each a string, number or null. */
export function placeRecord(place: ExportPlace): PlaceRecord {
  const own = 'dates' in place;
  const end = own ? (place.dates.to?.date ?? null) : null;
  const start = own ? place.dates.from.date : place.openingKnown ? place.from : null;
  const urls = place.sources.flatMap((s) => (s.url ? [s.url] : []));
  return {
    ...namedRecord(place),
    role: place.role,
    office_id: own ? BEIJING_OFFICE : place.officeId,
    address_zh: place.address?.zh ?? null,
    address_en: place.address?.en ?? null,
    start_date: start,
    start_precision: start === null ? null : precisionOf(start),
    end_date: end,
    end_precision: end === null ? null : precisionOf(end),
    uncertainty_m: place.uncertaintyM,
    source_urls: [...new Set(urls)].join(' '),
    region_id: place.regionId,
  };
}

/** The flat record of a province. */
export function regionRecord(region: Region): RegionRecord {
  return {
    ...namedRecord(region),
    kind: region.kind,
    iso_3166_2: region.iso,
    area_km2: region.areaKm2,
    covered_by: region.coveredBy,
    liaison_unit: region.liaisonUnit,
  };
}

const roundPosition = (p: GeoJsonPosition): GeoJsonPosition => [
  roundCoordinate(p[0]!),
  roundCoordinate(p[1]!),
];

/** `[lng, lat]` of a place, rounded. */
function pointOf(place: ExportPlace): Point {
  return { type: 'Point', coordinates: roundPosition(place.position) };
}

/**
 * A ring with rounded coordinates and without the repeated positions the topology has where
 * three borders meet (a zero-length arc). Rounding moves no point by more than 5e-7°, far
 * less than a step of the topology's grid (over 0.001°), so it makes no new repeats.
 */
function roundRing(ring: readonly GeoJsonPosition[]): GeoJsonPosition[] {
  return ring
    .map(roundPosition)
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
}

/** A province's shape with rounded coordinates and RFC 7946 winding. */
function areaOf(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const rounded: Polygon | MultiPolygon =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: geometry.coordinates.map(roundRing) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(roundRing)) };
  // The topology's provinces are clockwise; RFC 7946 wants exteriors counter-clockwise.
  return rewind(rounded, { mutate: true }) as Polygon | MultiPolygon;
}

/** The places as GeoJSON Points with flat properties (`/data/places.geojson`). */
export function placesGeoJson(
  places: readonly ExportPlace[],
): FeatureCollection<Point, PlaceRecord> {
  return {
    type: 'FeatureCollection',
    features: places.map((place): Feature<Point, PlaceRecord> => ({
      type: 'Feature',
      id: place.id,
      geometry: pointOf(place),
      properties: placeRecord(place),
    })),
  };
}

/**
 * The places with everything data/places.json holds, nested as it is there (names, address,
 * dates with their notes, sources with what each supports), for whoever needs more than the
 * flat fields (`/data/places-details.geojson`).
 */
export function placesDetailsGeoJson(
  places: readonly Place[],
): FeatureCollection<Point, PlaceProperties> {
  const collection = placesToGeoJSON(places);
  return {
    ...collection,
    features: collection.features.map((f, i) => ({ ...f, geometry: pointOf(places[i]!) })),
  };
}

/** The ten provinces as (Multi)Polygons with flat properties (`/data/regions.geojson`). */
export function regionsGeoJson(
  regions: readonly Region[],
  topology: GeoTopology,
): FeatureCollection<Polygon | MultiPolygon, RegionRecord> {
  return {
    type: 'FeatureCollection',
    features: regionsToGeoJSON(regions, topology).features.map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      geometry: areaOf(f.geometry),
      properties: regionRecord(f.properties),
    })),
  };
}

// ---- CSV (RFC 4180) ----

type CsvValue = string | number | null;

/** A field, quoted when it holds a comma, a quote or a line break (quotes doubled). */
function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: a header row, CRLF after every row; UTF-8 with a BOM, so Excel reads the Chinese. */
function csv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n');
  return '\uFEFF' + lines.join('');
}

/** The columns of `/data/places.csv`: the flat fields with `lat` and `lon` after the address. */
export const PLACE_CSV_COLUMNS = [
  'id',
  'name',
  'name_zh_hant',
  'name_zh_hans',
  'name_en',
  'role',
  'office_id',
  'address_zh',
  'address_en',
  'lat',
  'lon',
  'uncertainty_m',
  'start_date',
  'start_precision',
  'end_date',
  'end_precision',
  'region_id',
  'source_urls',
] as const satisfies readonly (keyof PlaceRecord | 'lat' | 'lon')[];

/** The places as CSV, one row each; an empty field where a value is null. */
export function placesCsv(places: readonly ExportPlace[]): string {
  const rows = places.map((place) => {
    const [lon, lat] = pointOf(place).coordinates;
    const row: Record<(typeof PLACE_CSV_COLUMNS)[number], CsvValue> = {
      ...placeRecord(place),
      lat: lat!,
      lon: lon!,
    };
    return PLACE_CSV_COLUMNS.map((column) => row[column]);
  });
  return csv(PLACE_CSV_COLUMNS, rows);
}

// ---- KML 2.2 ----

const KML_NS = 'http://www.opengis.net/kml/2.2';

const element = (name: string, text: string) => `<${name}>${escapeMarkup(text)}</${name}>`;

/** Every field of a record as `<Data>`: Google My Maps and Earth show them as a table. */
function extendedData(record: Record<string, CsvValue>): string {
  const data = Object.entries(record).map(
    ([name, value]) =>
      `<Data name="${escapeMarkup(name)}">${element('value', value === null ? '' : String(value))}</Data>`,
  );
  return `<ExtendedData>${data.join('')}</ExtendedData>`;
}

const kmlCoordinates = (ring: readonly GeoJsonPosition[]) =>
  `<coordinates>${ring.map(([lng, lat]) => `${lng},${lat}`).join(' ')}</coordinates>`;

function kmlPolygon(rings: readonly GeoJsonPosition[][]): string {
  const [outer, ...holes] = rings;
  const boundary = (tag: string, ring: readonly GeoJsonPosition[]) =>
    `<${tag}><LinearRing>${kmlCoordinates(ring)}</LinearRing></${tag}>`;
  return `<Polygon>${boundary('outerBoundaryIs', outer!)}${holes.map((h) => boundary('innerBoundaryIs', h)).join('')}</Polygon>`;
}

function kmlDocument(name: string, description: string, body: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<kml xmlns="${KML_NS}">`,
    '<Document>',
    element('name', name),
    element('description', description),
    ...body,
    '</Document>',
    '</kml>',
    '',
  ].join('\n');
}

/** KML's colour: `aabbggrr` in hex, from `#rrggbb` and an opacity 0–1. */
function kmlColor(hex: string, opacity: number): string {
  const alpha = Math.round(opacity * 255)
    .toString(16)
    .padStart(2, '0');
  return alpha + hex.slice(5, 7) + hex.slice(3, 5) + hex.slice(1, 3);
}

/**
 * The places as KML placemarks (`/data/places.kml`): name (Traditional Chinese), address, the
 * English name and address as description, the years in use as a TimeSpan (KML takes `YYYY`,
 * `YYYY-MM` and `YYYY-MM-DD`), every flat field as ExtendedData, and the Point.
 */
export function placesKml(places: readonly ExportPlace[]): string {
  const placemarks = places.map((place) => {
    const record = placeRecord(place);
    const [lng, lat] = pointOf(place).coordinates;
    const end = record.end_date === null ? '' : element('end', record.end_date);
    const begin = record.start_date === null ? '' : element('begin', record.start_date);
    const address = record.address_zh ?? record.address_en;
    return [
      `<Placemark id="${escapeMarkup(record.id)}">`,
      element('name', record.name),
      address === null ? '' : element('address', address),
      element(
        'description',
        record.address_en === null ? record.name_en : `${record.name_en}: ${record.address_en}`,
      ),
      begin || end ? `<TimeSpan>${begin}${end}</TimeSpan>` : '',
      extendedData(record),
      `<Point><coordinates>${lng},${lat}</coordinates></Point>`,
      '</Placemark>',
    ].join('');
  });
  return kmlDocument(
    'BJO Atlas: the Hong Kong SAR Government’s Office in Beijing and its liaison units, with the other Mainland offices',
    'Positions WGS-84 with uncertainty_m; dates ISO 8601 at the precision the source gives. ' +
      'The Beijing Office’s names, addresses and dates from the zh.wikipedia article ' +
      '香港特別行政區政府駐北京辦事處; every place’s sources in source_urls; office_id names ' +
      'the office each belongs to.',
    placemarks,
  );
}

/**
 * The ten provinces as KML placemarks (`/data/regions.kml`): name, every flat field as
 * ExtendedData, the shape as a Polygon or a MultiGeometry of them, in the map's colours.
 */
export function regionsKml(regions: readonly Region[], topology: GeoTopology): string {
  const style =
    '<Style id="jurisdiction">' +
    `<LineStyle><color>${kmlColor(COLORS.jurisdictionLine, 0.9)}</color><width>1</width></LineStyle>` +
    `<PolyStyle><color>${kmlColor(COLORS.jurisdiction, 0.22)}</color></PolyStyle>` +
    '</Style>';
  const placemarks = regionsGeoJson(regions, topology).features.map(({ geometry, properties }) => {
    const shape =
      geometry.type === 'Polygon'
        ? kmlPolygon(geometry.coordinates)
        : `<MultiGeometry>${geometry.coordinates.map(kmlPolygon).join('')}</MultiGeometry>`;
    return [
      `<Placemark id="${escapeMarkup(properties.id)}">`,
      element('name', properties.name),
      element('description', `${properties.name_en} (${properties.iso_3166_2})`),
      '<styleUrl>#jurisdiction</styleUrl>',
      extendedData(properties),
      shape,
      '</Placemark>',
    ].join('');
  });
  return kmlDocument(
    'BJO Atlas: the ten provinces covered by the Hong Kong SAR Government’s Office in Beijing',
    'Boundaries from Natural Earth (public domain), simplified as the atlas draws them; WGS-84.',
    [style, ...placemarks],
  );
}
