import { describe, expect, it } from 'vitest';
import topologyJson from '@/data/geo.topo.json';
import placesJson from '@/data/places.json';
import regionsJson from '@/data/regions.json';
import { validateGeodata } from './validate-geodata';

type Json = Record<string, unknown> & { places: Record<string, unknown>[] };
type RegionsJson = Record<string, unknown> & { regions: Record<string, unknown>[] };

/** Fresh, mutable copies of the real files. */
const copies = () => ({
  places: structuredClone(placesJson) as unknown as Json,
  regions: structuredClone(regionsJson) as unknown as RegionsJson,
  topology: structuredClone(topologyJson) as unknown as Record<string, unknown>,
});

const errorsOf = (c: ReturnType<typeof copies>) => {
  const result = validateGeodata(c.places, c.regions, c.topology);
  return result.ok ? [] : result.errors;
};

const indexOf = (c: ReturnType<typeof copies>, id: string) =>
  c.places.places.findIndex((p) => p.id === id);

describe('validateGeodata', () => {
  it('accepts the real data files', () => {
    const result = validateGeodata(placesJson, regionsJson, topologyJson);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('names file, field and a likely swap for a swapped position', () => {
    const c = copies();
    const i = indexOf(c, 'liaoning-liaison-unit');
    c.places.places[i]!.position = [41.77376, 123.42903];
    expect(errorsOf(c)).toEqual([
      `data/places.json: places[${i}].position: latitude 123.42903 is out of range (-90..90) — are lng/lat swapped?`,
    ]);
  });

  it('rejects a position outside China', () => {
    const c = copies();
    c.places.places[0]!.position = [-0.1276, 51.5072];
    expect(errorsOf(c)).toEqual([
      'data/places.json: places[0].position: [-0.1276, 51.5072] is outside China (lng 73..136, lat 18..54)',
    ]);
  });

  it('rejects an unknown regionId, listing the known ones', () => {
    const c = copies();
    c.places.places[1]!.regionId = 'shanghai';
    expect(errorsOf(c)).toEqual([
      'data/places.json: places[1].regionId: unknown regionId "shanghai" (known: beijing, tianjin, hebei, liaoning, jilin, heilongjiang, inner-mongolia, xinjiang, gansu, ningxia)',
    ]);
  });

  it('requires sources, and one for each of address, position and date', () => {
    const c = copies();
    c.places.places[0]!.sources = [];
    const i = indexOf(c, 'tianjin-liaison-unit');
    const sources = c.places.places[i]!.sources as { supports: string[] }[];
    c.places.places[i]!.sources = sources.filter((s) => !s.supports.includes('position'));
    const errors = errorsOf(c);
    expect(errors).toContain(
      'data/places.json: places[0].sources: at least one source is required',
    );
    expect(errors).toContain(
      `data/places.json: places[${i}].sources: no source supports the position`,
    );
  });

  it('rejects a date whose source is not among the place’s sources', () => {
    const c = copies();
    (c.places.places[0]!.dates as { from: { source: string } }).from.source = 'rumour';
    expect(errorsOf(c)).toEqual([
      expect.stringMatching(
        /^data\/places\.json: places\[0\]\.dates\.from\.source: "rumour" is not the id of one of this place's sources/,
      ),
    ]);
  });

  it('requires each date in Chinese as well as English, naming the field', () => {
    const c = copies();
    delete (c.places.places[0]!.dates as { from: { whatZh?: string } }).from.whatZh;
    expect(errorsOf(c)).toEqual([
      expect.stringMatching(/^data\/places\.json: places\[0\]\.dates\.from\.whatZh: /),
    ]);
  });

  it('requires what readers see in both languages: basis, notes, date notes, sources', () => {
    const c = copies();
    const t = indexOf(c, 'tianjin-liaison-unit');
    const tianjin = c.places.places[t] as {
      basis: unknown;
      notes: { en?: string };
      dates: { other: { note?: { zh?: string } }[] };
      sources: { about: { en?: string } }[];
    };
    tianjin.basis = 'Address: news.gov.hk';
    delete tianjin.notes.en;
    delete tianjin.dates.other[0]!.note!.zh;
    delete tianjin.sources[1]!.about.en;
    const missing = 'Invalid input: expected string, received undefined';
    expect(errorsOf(c)).toEqual([
      `data/places.json: places[${t}].dates.other[0].note.zh: ${missing}`,
      `data/places.json: places[${t}].basis: Invalid input: expected object, received string`,
      `data/places.json: places[${t}].notes.en: ${missing}`,
      `data/places.json: places[${t}].sources[1].about.en: ${missing}`,
    ]);
  });

  it('requires a source’s title to say what language it is in', () => {
    const c = copies();
    const sources = c.places.places[0]!.sources as { titleLang?: string }[];
    delete sources[0]!.titleLang;
    sources[2]!.titleLang = 'fr';
    const errors = errorsOf(c);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe(
      'data/places.json: places[0].sources[0].titleLang: a title needs its language',
    );
    expect(errors[1]).toMatch(/^data\/places\.json: places\[0\]\.sources\[2\]\.titleLang: /);
  });

  it('rejects impossible and non-ISO dates', () => {
    const c = copies();
    (c.places.places[0]!.dates as { from: { date: string } }).from.date = '2005-02-30';
    (c.places.places[1]!.dates as { from: { date: string } }).from.date = '26/09/2005';
    expect(errorsOf(c)).toEqual([
      'data/places.json: places[0].dates.from.date: "2005-02-30" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'data/places.json: places[1].dates.from.date: "26/09/2005" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('rejects a place moved outside its province, saying where it is', () => {
    const c = copies();
    const i = indexOf(c, 'tianjin-liaison-unit');
    c.places.places[i]!.position = [116.3835, 39.9324]; // the Beijing Office
    expect(errorsOf(c)).toEqual([
      `data/places.json: places[${i}].position: [116.3835, 39.9324] is not inside its region "tianjin" (data/geo.topo.json) — it is in "beijing"`,
    ]);
  });

  it('rejects a place in none of the ten regions', () => {
    const c = copies();
    c.places.places[0]!.position = [121.47, 31.23]; // Shanghai
    expect(errorsOf(c)).toEqual([
      'data/places.json: places[0].position: [121.47, 31.23] is not inside its region "beijing" (data/geo.topo.json) — it is in none of the ten regions',
    ]);
  });

  it('rejects duplicate and missing ids', () => {
    const c = copies();
    c.places.places[3]!.id = 'beijing-office';
    c.regions.regions = c.regions.regions.filter((r) => r.id !== 'ningxia');
    const errors = errorsOf(c);
    expect(errors).toContain('data/places.json: places[3].id: duplicate id "beijing-office"');
    expect(errors).toContain('data/places.json: places: place "tianjin-liaison-unit" is missing');
    expect(errors).toContain('data/regions.json: regions: region "ningxia" is missing');
  });

  it('rejects unknown fields (typos) instead of ignoring them', () => {
    const c = copies();
    c.places.places[0]!.adress = 'x';
    expect(errorsOf(c)).toEqual(['data/places.json: places[0]: Unrecognized key: "adress"']);
  });

  it('checks regions: label point inside, coverage by an office, unit in its region', () => {
    const c = copies();
    const j = c.regions.regions.findIndex((r) => r.id === 'jilin');
    c.regions.regions[j]!.labelPoint = [116.4, 39.9];
    c.regions.regions[j]!.coveredBy = 'former-beijing-office';
    c.regions.regions[j]!.liaisonUnit = 'tianjin-liaison-unit';
    expect(errorsOf(c)).toEqual([
      `data/regions.json: regions[${j}].labelPoint: [116.4, 39.9] is not inside region "jilin"`,
      `data/regions.json: regions[${j}].coveredBy: "former-beijing-office" is a former-office, not an office`,
      `data/regions.json: regions[${j}].liaisonUnit: "tianjin-liaison-unit" is in region "tianjin", not "jilin"`,
    ]);
  });

  it('rejects a topology without the regions object', () => {
    const c = copies();
    delete (c.topology.objects as Record<string, unknown>).regions;
    expect(errorsOf(c)).toEqual([
      'data/geo.topo.json: objects.regions: Invalid input: expected object, received undefined',
    ]);
  });

  it('reports every problem at once, across files', () => {
    const c = copies();
    c.places.places[0]!.uncertaintyM = -1;
    c.places.places[2]!.position = [41.77376, 123.42903];
    c.regions.regions[0]!.iso = 'CN-11';
    expect(errorsOf(c)).toHaveLength(3);
  });
});
