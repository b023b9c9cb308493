import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import placesJson from '@/data/places.json';
import regionsJson from '@/data/regions.json';
import { datePrecision } from '@/lib/atlas/dates';
import { regionFeatures } from '@/lib/geo/region-features';
import {
  PLACE_CSV_COLUMNS,
  placeRecord,
  placesCsv,
  placesDetailsGeoJson,
  placesGeoJson,
  placesKml,
  regionsGeoJson,
  regionsKml,
  roundCoordinate,
} from './exports';
import { loadPlaces, loadRegions, loadTopology } from './load-geodata';
import { downloadPlaces } from '@/lib/network/load';
import type { Place } from './schema';

const places = loadPlaces();
const regions = loadRegions();
const topology = loadTopology();
/** The file as written by hand, not as the loader hands it on: what the downloads must say. */
const rawPlaces = placesJson.places;
const rawRegions = regionsJson.regions;

// ---- RFC 7946, as assertions ----

/** Twice the planar signed area of a closed ring, [lng, lat]: positive when counter-clockwise. */
const ringArea = (ring: Position[]) =>
  ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i]![0]! * y! - x! * ring[i]![1]!), 0);

const equal = (a?: Position, b?: Position) => a?.[0] === b?.[0] && a?.[1] === b?.[1];

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

/** What is wrong with a position: finite, in range, plain notation, at most 6 decimals. */
function positionProblems(p: unknown, where: string): string[] {
  if (!Array.isArray(p) || p.length !== 2) return [`${where}: not [lng, lat]`];
  const [lng, lat] = p as unknown[];
  const problems: string[] = [];
  for (const n of [lng, lat]) {
    if (typeof n !== 'number' || !Number.isFinite(n)) problems.push(`${where}: ${n} not finite`);
    else if (/e/i.test(String(n)) || decimals(n) > 6) problems.push(`${where}: ${n} > 6 decimals`);
  }
  if (Math.abs(lng as number) > 180) problems.push(`${where}: longitude ${lng} out of range`);
  if (Math.abs(lat as number) > 90) problems.push(`${where}: latitude ${lat} out of range`);
  return problems;
}

/** §3.1.6: closed, four positions or more, exterior counter-clockwise and holes clockwise. */
function ringProblems(rings: unknown, where: string): string[] {
  if (!Array.isArray(rings) || rings.length === 0) return [`${where}: no rings`];
  return (rings as Position[][]).flatMap((ring, i) => {
    const at = `${where} ring ${i}`;
    const problems = ring.flatMap((p, j) => positionProblems(p, `${at}[${j}]`));
    if (ring.length < 4) problems.push(`${at}: fewer than 4 positions`);
    if (!equal(ring[0], ring.at(-1))) problems.push(`${at}: not closed`);
    ring.forEach((p, j) => j > 0 && equal(p, ring[j - 1]) && problems.push(`${at}[${j}] repeats`));
    const area = ringArea(ring);
    if (i === 0 && !(area > 0)) problems.push(`${at}: exterior not counter-clockwise`);
    if (i > 0 && !(area < 0)) problems.push(`${at}: hole not clockwise`);
    return problems;
  });
}

function geometryProblems(g: { type?: unknown; coordinates?: unknown }, where: string): string[] {
  if (g?.type === 'Point') return positionProblems(g.coordinates, where);
  if (g?.type === 'Polygon') return ringProblems(g.coordinates, where);
  if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates)) {
    return g.coordinates.flatMap((p, i) => ringProblems(p, `${where} polygon ${i}`));
  }
  return [`${where}: not a Point, Polygon or MultiPolygon`];
}

/**
 * What keeps a text from being what the downloads promise: an RFC 7946 FeatureCollection
 * (no `crs`, features with a string or number id and a geometry as above) whose properties
 * are all flat: a string, number, boolean or null each.
 */
function rfc7946Problems(text: string): string[] {
  const fc = JSON.parse(text);
  const problems: string[] = [];
  if (fc.type !== 'FeatureCollection') problems.push('not a FeatureCollection');
  if ('crs' in fc) problems.push('has a crs member (§4: WGS-84 is implied)');
  if (!Array.isArray(fc.features)) return [...problems, 'no features array'];
  fc.features.forEach((f: Record<string, unknown>, i: number) => {
    const where = `features[${i}]`;
    if (f.type !== 'Feature') problems.push(`${where}: not a Feature`);
    if (!['string', 'number'].includes(typeof f.id)) problems.push(`${where}: id`);
    problems.push(...geometryProblems(f.geometry as object, `${where}.geometry`));
    for (const [key, value] of Object.entries((f.properties as object) ?? {})) {
      if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
        problems.push(`${where}.properties.${key} is not flat`);
      }
    }
  });
  return problems;
}

describe('rfc7946Problems (the rules the tests below apply)', () => {
  const square = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ];
  const collection = (geometry: object, properties: object = {}, extra: object = {}) =>
    JSON.stringify({
      type: 'FeatureCollection',
      ...extra,
      features: [{ type: 'Feature', id: 'x', geometry, properties }],
    });

  it('passes a counter-clockwise square with flat properties', () => {
    expect(
      rfc7946Problems(collection({ type: 'Polygon', coordinates: [square] }, { a: 1 })),
    ).toEqual([]);
  });

  it.each([
    ['a clockwise exterior', collection({ type: 'Polygon', coordinates: [[...square].reverse()] })],
    ['an open ring', collection({ type: 'Polygon', coordinates: [square.slice(0, 4)] })],
    ['seven decimals', collection({ type: 'Point', coordinates: [116.1234567, 39] })],
    ['[lat, lng] beyond 90', collection({ type: 'Point', coordinates: [39, 116] })],
    [
      'nested properties',
      collection({ type: 'Point', coordinates: [1, 2] }, { names: { en: 'x' } }),
    ],
    ['a crs member', collection({ type: 'Point', coordinates: [1, 2] }, {}, { crs: {} })],
  ])('finds %s', (_, text) => {
    expect(rfc7946Problems(text)).not.toEqual([]);
  });
});

/** The features of a GeoJSON text as plain objects: properties, `geometry` and `featureId`. */
const featuresOf = (text: string): Record<string, unknown>[] =>
  JSON.parse(text).features.map((f: Record<string, object>) => ({
    ...f.properties,
    geometry: f.geometry,
    featureId: f.id,
  }));

describe('placesGeoJson', () => {
  const text = JSON.stringify(placesGeoJson(places));
  const features = featuresOf(text);

  it('is RFC 7946 GeoJSON with flat properties', () => {
    expect(rfc7946Problems(text)).toEqual([]);
  });

  it('has one Point per place of data/places.json, at its [lng, lat]', () => {
    expect(features.map((f) => f.id)).toEqual(rawPlaces.map((p) => p.id));
    features.forEach((f, i) => {
      expect(f.featureId).toBe(rawPlaces[i]!.id);
      expect(f.geometry).toEqual({ type: 'Point', coordinates: rawPlaces[i]!.position });
    });
  });

  it('has the names, address, role, region and uncertainty of data/places.json', () => {
    features.forEach((f, i) => {
      const raw = rawPlaces[i]!;
      expect(f).toMatchObject({
        name: raw.names['zh-Hant'],
        name_zh_hant: raw.names['zh-Hant'],
        name_zh_hans: raw.names['zh-Hans'],
        name_en: raw.names.en,
        role: raw.role,
        address_zh: raw.address.zh,
        address_en: raw.address.en,
        uncertainty_m: raw.uncertaintyM,
        region_id: raw.regionId,
      });
    });
  });

  it('gives each date as the source does, with its precision; no end while in use', () => {
    const byId = new Map(features.map((f) => [f.id, f]));
    expect(byId.get('former-beijing-office')).toMatchObject({
      start_date: '1999',
      start_precision: 'year',
      end_date: '2005-09-26',
      end_precision: 'day',
    });
    expect(byId.get('beijing-office')).toMatchObject({ end_date: null, end_precision: null });
    features.forEach((f, i) => {
      const { from, to } = rawPlaces[i]!.dates as { from: { date: string }; to?: { date: string } };
      expect(f.start_date).toBe(from.date);
      expect(f.start_precision).toBe(datePrecision(from.date));
      expect(f.end_date).toBe(to?.date ?? null);
    });
  });

  it('lists every source URL once, separated by spaces', () => {
    features.forEach((f, i) => {
      const urls = rawPlaces[i]!.sources.flatMap((s) => ('url' in s && s.url ? [s.url] : []));
      expect((f.source_urls as string).split(' ')).toEqual([...new Set(urls)]);
    });
  });
});

describe('regionsGeoJson', () => {
  const text = JSON.stringify(regionsGeoJson(regions, topology));
  const features = featuresOf(text);

  it('is RFC 7946 GeoJSON with flat properties: rings closed, exteriors counter-clockwise', () => {
    expect(rfc7946Problems(text)).toEqual([]);
  });

  it('has the ten provinces of data/regions.json with their fields', () => {
    expect(features.map((f) => f.featureId)).toEqual(rawRegions.map((r) => r.id));
    features.forEach((f, i) => {
      const raw = rawRegions[i]!;
      const { geometry, featureId, ...properties } = f;
      expect([geometry, featureId]).toBeTruthy();
      expect(properties).toEqual({
        id: raw.id,
        name: raw.names['zh-Hant'],
        name_zh_hant: raw.names['zh-Hant'],
        name_zh_hans: raw.names['zh-Hans'],
        name_en: raw.names.en,
        kind: raw.kind,
        iso_3166_2: raw.iso,
        area_km2: raw.areaKm2,
        covered_by: raw.coveredBy,
        liaison_unit: raw.liaisonUnit,
      });
    });
  });

  it('draws the shapes of the map: every ring of the topology, within rounding', () => {
    const drawn = new Map(regionFeatures(topology).features.map((f) => [f.properties.id, f]));
    for (const f of features) {
      const source = drawn.get(f.id as string)!.geometry;
      const polygons = (g: { type: string; coordinates: unknown }) =>
        (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
      const ours = polygons(f.geometry as never);
      const theirs = polygons(source);
      expect(ours.map((p) => p.length)).toEqual(theirs.map((p) => p.length));
      ours.forEach((polygon, i) =>
        polygon.forEach((ring, j) => {
          // the topology repeats a position where three borders meet; the download does not
          const original = theirs[i]![j]!.filter((p, k, all) => k === 0 || !equal(p, all[k - 1]));
          // the same ring, maybe the other way round
          const same = ringArea(ring) * ringArea(original) > 0 ? original : [...original].reverse();
          expect(ring).toHaveLength(same.length);
          const offset = Math.max(
            ...ring.map((p, k) => Math.hypot(p[0]! - same[k]![0]!, p[1]! - same[k]![1]!)),
          );
          expect(offset, `${String(f.id)} polygon ${i} ring ${j}`).toBeLessThanOrEqual(7.1e-7);
        }),
      );
    }
  });

  it('is smaller than a quarter of a megabyte', () => {
    expect(new TextEncoder().encode(text).length).toBeLessThan(250_000);
  });
});

describe('placesDetailsGeoJson', () => {
  it('keeps everything data/places.json holds, nested, with rounded points', () => {
    const fc = JSON.parse(JSON.stringify(placesDetailsGeoJson(places)));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc).not.toHaveProperty('crs');
    fc.features.forEach(
      (f: { properties: unknown; geometry: { coordinates: unknown } }, i: number) => {
        const { position, ...rest } = rawPlaces[i]!;
        expect(f.properties).toEqual(rest);
        expect(positionProblems(f.geometry.coordinates, `features[${i}]`)).toEqual([]);
        expect(f.geometry.coordinates).toEqual(position);
      },
    );
  });
});

describe('roundCoordinate', () => {
  it.each([
    [116.38350000000001, 116.3835],
    [39.123456789, 39.123457],
    [-0.00000001, 0],
    [180, 180],
  ])('%s → %s', (input, expected) => {
    expect(Object.is(roundCoordinate(input), expected)).toBe(true);
  });

  it('refuses what is not a finite number', () => {
    expect(() => roundCoordinate(Number.NaN)).toThrow('roundCoordinate: NaN is not finite');
  });
});

// ---- KML, read as XML by a real parser ----

const KML_NS = 'http://www.opengis.net/kml/2.2';

/** Parses strictly: any warning or error of the parser fails the test. */
function parseXml(text: string) {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, 'application/xml');
}

type XmlElement = ReturnType<typeof parseXml>['documentElement'] & {};

const children = (parent: XmlElement, name: string) =>
  Array.from(parent.getElementsByTagNameNS(KML_NS, name));
const textOf = (parent: XmlElement, name: string) => children(parent, name)[0]?.textContent;
/** `lng,lat lng,lat …` → positions. */
const readCoordinates = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .map((tuple) => tuple.split(',').map(Number));
/** The ExtendedData of a placemark as a plain object. */
const dataOf = (placemark: XmlElement) =>
  Object.fromEntries(
    children(placemark, 'Data').map((d) => [d.getAttribute('name'), textOf(d, 'value')]),
  );

/** The record as KML and CSV write it: null as an empty string, numbers as text. */
const asText = (record: object) =>
  Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, v === null ? '' : String(v as unknown)]),
  );

describe('placesKml', () => {
  const kml = parseXml(placesKml(places)).documentElement!;

  it('is a KML 2.2 document with one Placemark per place, in order', () => {
    expect(kml.localName).toBe('kml');
    expect(kml.namespaceURI).toBe(KML_NS);
    expect(children(kml, 'Document')).toHaveLength(1);
    const placemarks = children(kml, 'Placemark');
    expect(placemarks.map((p) => p.getAttribute('id'))).toEqual(rawPlaces.map((p) => p.id));
  });

  it('names each at its position, with its address and years in use', () => {
    children(kml, 'Placemark').forEach((placemark, i) => {
      const raw = rawPlaces[i]!;
      expect(textOf(placemark, 'name')).toBe(raw.names['zh-Hant']);
      expect(textOf(placemark, 'address')).toBe(raw.address.zh);
      expect(textOf(placemark, 'description')).toContain(raw.address.en);
      expect(readCoordinates(textOf(placemark, 'coordinates')!)).toEqual([raw.position]);
      const { from, to } = raw.dates as { from: { date: string }; to?: { date: string } };
      expect(textOf(placemark, 'begin')).toBe(from.date);
      expect(textOf(placemark, 'end')).toBe(to?.date);
    });
  });

  it('carries every flat field as ExtendedData', () => {
    children(kml, 'Placemark').forEach((placemark, i) => {
      expect(dataOf(placemark)).toEqual(asText(placeRecord(places[i]!)));
    });
  });

  it('escapes markup in the data', () => {
    const hostile: Place = {
      ...places[0]!,
      names: { 'zh-Hant': 'A & <B> "C"', 'zh-Hans': "D's", en: ']]> </name>' },
    };
    const placemark = children(parseXml(placesKml([hostile])).documentElement!, 'Placemark')[0]!;
    expect(textOf(placemark, 'name')).toBe('A & <B> "C"');
    expect(dataOf(placemark)).toMatchObject({ name_zh_hans: "D's", name_en: ']]> </name>' });
  });
});

describe('regionsKml', () => {
  const kml = parseXml(regionsKml(regions, topology)).documentElement!;
  const geojson = regionsGeoJson(regions, topology);

  it('has one Placemark per province with its fields and the GeoJSON shapes', () => {
    const placemarks = children(kml, 'Placemark');
    expect(placemarks.map((p) => p.getAttribute('id'))).toEqual(rawRegions.map((r) => r.id));
    placemarks.forEach((placemark, i) => {
      const feature = geojson.features[i]!;
      expect(textOf(placemark, 'name')).toBe(rawRegions[i]!.names['zh-Hant']);
      expect(dataOf(placemark)).toEqual(asText(feature.properties));
      const polygons =
        feature.geometry.type === 'Polygon'
          ? [feature.geometry.coordinates]
          : feature.geometry.coordinates;
      const kmlPolygons = children(placemark, 'Polygon');
      expect(kmlPolygons).toHaveLength(polygons.length);
      kmlPolygons.forEach((polygon, j) => {
        const [outer, ...holes] = polygons[j]!;
        const ring = (boundary: XmlElement) => readCoordinates(textOf(boundary, 'coordinates')!);
        expect(ring(children(polygon, 'outerBoundaryIs')[0]!)).toEqual(outer);
        expect(children(polygon, 'innerBoundaryIs').map(ring)).toEqual(holes);
      });
    });
  });
});

// ---- CSV, read back by a real parser ----

describe('placesCsv', () => {
  const text = placesCsv(places);

  it('is UTF-8 with a BOM, a header row and CRLF after every row', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(PLACE_CSV_COLUMNS.join(','));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has every flat field and lat, lon as columns', () => {
    expect([...PLACE_CSV_COLUMNS].sort()).toEqual(
      [...Object.keys(placeRecord(places[0]!)), 'lat', 'lon'].sort(),
    );
  });

  it('round-trips: one row per place with the values of data/places.json', () => {
    const rows = parseCsv<Record<string, string>>(text, { bom: true, columns: true });
    expect(rows.map((r) => r.id)).toEqual(rawPlaces.map((p) => p.id));
    rows.forEach((row, i) => {
      const raw = rawPlaces[i]!;
      const { lat, lon, ...fields } = row;
      expect([Number(lon), Number(lat)]).toEqual(raw.position);
      expect(fields).toEqual(asText(placeRecord(places[i]!)));
      expect(fields).toMatchObject({
        name_zh_hant: raw.names['zh-Hant'],
        name_zh_hans: raw.names['zh-Hans'],
        name_en: raw.names.en,
        address_zh: raw.address.zh,
        address_en: raw.address.en,
        start_date: raw.dates.from.date,
        uncertainty_m: String(raw.uncertaintyM),
      });
    });
  });

  it('quotes commas, quotes and line breaks (RFC 4180) so that they come back unchanged', () => {
    const name = 'A, "B"\r\nC\nD';
    const hostile: Place = { ...places[0]!, names: { ...places[0]!.names, en: name } };
    const [row] = parseCsv<Record<string, string>>(placesCsv([hostile]), {
      bom: true,
      columns: true,
    });
    expect(row!.name_en).toBe(name);
    expect(row!.name_zh_hant).toBe(places[0]!.names['zh-Hant']);
  });
});

describe('the other Mainland offices in the downloads', () => {
  const all = downloadPlaces();
  const csvRows = parseCsv<Record<string, string>>(placesCsv(all), { bom: true, columns: true });

  it('are rows of their own, each naming the office it belongs to', () => {
    expect(csvRows).toHaveLength(4 + 13);
    const byId = new Map(csvRows.map((r) => [r.id, r]));
    expect(byId.get('beijing-office')!.office_id).toBe('beijing-office');
    expect(byId.get('former-beijing-office')!.office_id).toBe('beijing-office');
    expect(byId.get('tianjin-liaison-unit')!.office_id).toBe('beijing-office');
    expect(byId.get('guangdong-eto')).toMatchObject({ role: 'office', office_id: 'guangdong-eto' });
    expect(byId.get('henan-liaison-unit')).toMatchObject({
      role: 'liaison-unit',
      office_id: 'wuhan-eto',
      start_date: '2016-09',
      start_precision: 'month',
      uncertainty_m: '20000',
    });
  });

  it('leave empty what the sources do not give: an address, a date of opening', () => {
    const row = csvRows.find((r) => r.id === 'shenzhen-liaison-unit')!;
    expect(row).toMatchObject({
      address_zh: '',
      address_en: '',
      start_date: '',
      start_precision: '',
    });
    const wuhan = csvRows.find((r) => r.id === 'wuhan-eto')!;
    expect(wuhan.address_zh).toBe('');
    expect(wuhan.address_en).toMatch(/^Room 4303, Building I, New World International Trade Tower/);
    // The source URLs are there too.
    expect(wuhan.source_urls).toContain('https://www.wheto.gov.hk/en/wheto/foreword.html');
  });

  it('are placemarks in the KML, with no empty address or time span where none is known', () => {
    const kml = parseXml(placesKml(all)).documentElement!;
    const placemarks = children(kml.getElementsByTagName('Document')[0]!, 'Placemark');
    expect(placemarks).toHaveLength(17);
    const shenzhen = placemarks.find((p) => p.getAttribute('id') === 'shenzhen-liaison-unit')!;
    expect(children(shenzhen, 'address')).toHaveLength(0);
    expect(children(shenzhen, 'TimeSpan')).toHaveLength(0);
    expect(dataOf(shenzhen)).toMatchObject({ office_id: 'guangdong-eto' });
  });

  it('are Points in the GeoJSON', () => {
    const geo = placesGeoJson(all);
    expect(geo.features.map((f) => f.id)).toEqual(csvRows.map((r) => r.id));
    expect(geo.features.find((f) => f.id === 'chengdu-eto')!.properties.office_id).toBe(
      'chengdu-eto',
    );
  });
});
