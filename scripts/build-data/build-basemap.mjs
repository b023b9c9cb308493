// Cities, rivers and lakes for the offline basemap and the finder, from the Natural Earth
// extracts in data/source/natural-earth/ (copied from the public-domain source; see its
// README). Pure: no file access; the caller reads the sources and writes the outputs.
//
// - Cities: every populated place of mainland China, Hong Kong and Macao. Names in three
//   scripts: NAME_ZH mixes Simplified and Traditional, so it goes to Simplified (OpenCC,
//   Hong Kong → mainland tables) and from there to Hong Kong Traditional (OpenCC), then the
//   corrections in data/source/city-corrections.json (each with its source) apply. English
//   is NAME_EN, else NAME, corrected the same way. The province comes from the city's
//   position inside our own province polygons (Turf), never from ADM1NAME.
// - Water: rivers and lake centre-lines, and lakes, simplified for the zooms they are drawn at.

import { booleanPointInPolygon, pointToPolygonDistance, point } from '@turf/turf';
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';
import * as OpenCC from 'opencc-js';
import { mercatorTriangleArea } from './build-topology.mjs';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** The countries (NE ADM0NAME) whose places are kept: the provinces' own, and the two SARs. */
export const CITY_COUNTRIES = ['China', 'Hong Kong S.A.R.', 'Macau S.A.R'];

/**
 * The capital of each provincial-level division, by our region id, as NE's English NAME.
 * NE's FEATURECLA cannot say it: it marks Fushun, not Shenyang, as Liaoning's capital.
 * Source: the provinces' capitals as listed by Wikidata (property P36) for each province.
 * NE's own spellings (`Shijianzhuang`, `Shenyeng`, `Xian`): the English shown is corrected.
 */
export const CAPITALS = {
  beijing: 'Beijing',
  tianjin: 'Tianjin',
  hebei: 'Shijianzhuang',
  liaoning: 'Shenyeng',
  jilin: 'Changchun',
  heilongjiang: 'Harbin',
  'inner-mongolia': 'Hohhot',
  xinjiang: 'Ürümqi',
  gansu: 'Lanzhou',
  ningxia: 'Yinchuan',
  anhui: 'Hefei',
  chongqing: 'Chongqing',
  fujian: 'Fuzhou',
  guangdong: 'Guangzhou',
  guangxi: 'Nanning',
  guizhou: 'Guiyang',
  hainan: 'Haikou',
  henan: 'Zhengzhou',
  hubei: 'Wuhan',
  hunan: 'Changsha',
  jiangsu: 'Nanjing',
  jiangxi: 'Nanchang',
  qinghai: 'Xining',
  shaanxi: 'Xian',
  shandong: 'Jinan',
  shanghai: 'Shanghai',
  shanxi: 'Taiyuan',
  sichuan: 'Chengdu',
  xizang: 'Lhasa',
  yunnan: 'Kunming',
  zhejiang: 'Hangzhou',
  'hong-kong': 'Hong Kong',
  macao: 'Macau',
};

/** A city just off our simplified coast is given to the nearest province within this. */
export const COAST_SNAP_KM = 25;

/**
 * The zoom from which a city's label may show: provincial capitals at 5, the others one zoom
 * after Natural Earth's own `min_zoom` (which is for a world map), from 6 to 10.
 */
export function labelZoom(isCapital, neMinZoom) {
  if (isCapital) return 5;
  const z = Math.ceil(Number.isFinite(neMinZoom) ? neMinZoom : 9) + 1;
  return Math.min(10, Math.max(6, z));
}

/** A URL id from an ASCII name: `Xi'an` → `xian`, `Ürümqi` → `urumqi`. */
export function slug(name) {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * @param {GeoJSON.FeatureCollection} places NE populated places
 * @param {{ ne: string, adm1: string, fix: { en?: string, zh?: string, zhHant?: string, zhNone?: boolean }, why: string, source: string }[]} corrections
 * @param {GeoJSON.Feature[]} provinces our province polygons, `properties.id`
 * @returns {{ cities: object[], applied: object[], unused: object[], snapped: object[], disagree: object[] }}
 */
export function buildCities(places, corrections, provinces) {
  const kept = places.features.filter((f) => CITY_COUNTRIES.includes(f.properties.ADM0NAME));
  const used = new Set();
  const applied = [];
  const snapped = [];
  const cities = [];
  for (const f of kept) {
    const p = f.properties;
    const [lng, lat] = f.geometry.coordinates;
    const correction = corrections.find((c) => c.ne === p.NAME && (c.adm1 ?? null) === p.ADM1NAME);
    if (correction) used.add(correction);
    const fix = correction?.fix ?? {};

    const zhSource = fix.zhNone ? null : (fix.zh ?? p.NAME_ZH ?? null);
    const hans = zhSource ? toSimplified(zhSource) : null;
    const hant = fix.zhHant ?? (hans ? toTraditional(hans) : null);
    const en = fix.en ?? p.NAME_EN ?? p.NAME;
    if (correction) applied.push({ ...correction, result: { en, hans, hant } });

    const at = point([lng, lat]);
    let regionId = provinces.find((r) => booleanPointInPolygon(at, r))?.properties.id;
    if (!regionId) {
      let best = { id: null, km: Infinity };
      for (const r of provinces) {
        const km = Math.abs(pointToPolygonDistance(at, r, { units: 'kilometers' }));
        if (km < best.km) best = { id: r.properties.id, km };
      }
      if (best.km > COAST_SNAP_KM)
        throw new Error(`buildCities: ${p.NAME} lies ${best.km.toFixed(1)} km from any province`);
      regionId = best.id;
      snapped.push({ name: en, regionId, km: Math.round(best.km * 10) / 10 });
    }
    const isCapital = CAPITALS[regionId] === p.NAME;
    cities.push({
      id: slug(p.NAMEASCII || p.NAME),
      names: { 'zh-Hant': hant, 'zh-Hans': hans, en },
      position: [round(lng), round(lat)],
      regionId,
      capital: isCapital,
      minZoom: labelZoom(isCapital, p.min_zoom),
      wikidata: p.wikidataid ?? null,
      neAdm1: p.ADM1NAME ?? null,
      population: p.POP_MAX ?? 0,
    });
  }
  for (const [regionId, name] of Object.entries(CAPITALS)) {
    if (!cities.some((c) => c.regionId === regionId && c.capital))
      throw new Error(`buildCities: no capital ${name} found inside ${regionId}`);
  }
  // Ids are unique: a repeated name gets its province (`chaoyang-liaoning`).
  const counts = new Map();
  for (const c of cities) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
  for (const c of cities) if (counts.get(c.id) > 1) c.id = `${c.id}-${c.regionId}`;
  if (new Set(cities.map((c) => c.id)).size !== cities.length)
    throw new Error('buildCities: city ids are not unique');
  // Largest first: the label order, and a stable file.
  cities.sort(
    (a, b) =>
      Number(b.capital) - Number(a.capital) ||
      (b.population ?? 0) - (a.population ?? 0) ||
      a.id.localeCompare(b.id),
  );
  for (const c of cities) delete c.population;
  const unused = corrections.filter((c) => !used.has(c));
  if (unused.length)
    throw new Error(
      `buildCities: corrections match no place: ${unused.map((c) => `${c.ne}/${c.adm1}`).join(', ')}`,
    );
  return { cities, applied, snapped };
}

/**
 * The cities whose NE `ADM1NAME` names another province than the polygon they lie in.
 * @param {object[]} cities from buildCities
 * @param {Record<string, string>} adm1ToRegion NE ADM1NAME → our region id
 */
export function adm1Disagreements(cities, adm1ToRegion) {
  return cities
    .filter((c) => c.neAdm1 && adm1ToRegion[c.neAdm1] && adm1ToRegion[c.neAdm1] !== c.regionId)
    .map((c) => ({
      id: c.id,
      name: c.names.en,
      neAdm1: c.neAdm1,
      regionId: c.regionId,
    }));
}

/** NE ADM1NAME (English, NE's spelling) → our region id, for the disagreement report. */
export const ADM1_TO_REGION = {
  Beijing: 'beijing',
  Tianjin: 'tianjin',
  Hebei: 'hebei',
  Liaoning: 'liaoning',
  Jilin: 'jilin',
  Heilongjiang: 'heilongjiang',
  'Nei Mongol': 'inner-mongolia',
  'Xinjiang Uygur': 'xinjiang',
  Gansu: 'gansu',
  'Ningxia Hui': 'ningxia',
  Anhui: 'anhui',
  Chongqing: 'chongqing',
  Fujian: 'fujian',
  Guangdong: 'guangdong',
  'Guangxi Zhuang': 'guangxi',
  Guangxi: 'guangxi',
  Guizhou: 'guizhou',
  Hainan: 'hainan',
  Henan: 'henan',
  Hubei: 'hubei',
  Hunan: 'hunan',
  Jiangsu: 'jiangsu',
  Jiangxi: 'jiangxi',
  Qinghai: 'qinghai',
  Shaanxi: 'shaanxi',
  Shandong: 'shandong',
  Shanghai: 'shanghai',
  Shanxi: 'shanxi',
  Sichuan: 'sichuan',
  Xizang: 'xizang',
  Yunnan: 'yunnan',
  Zhejiang: 'zhejiang',
};

/** Water settings: what is kept, and how hard it is simplified. */
export const WATER_SETTINGS = {
  /** [west, south, east, north]: features with a vertex inside are kept. */
  frame: [72, 17, 136, 54],
  /** Rivers and lakes of NE scalerank up to this (0 = largest … 10). */
  maxScalerank: { rivers: 8, lakes: 7 },
  prequantize: 1e5,
  minWeight: 3e-3,
  quantize: 2e4,
};

/** NE min_zoom is for a world map; water shows from one zoom later, from 5 on. */
export function waterZoom(neMinZoom) {
  return Math.max(5, Math.ceil(Number.isFinite(neMinZoom) ? neMinZoom : 8) + 1);
}

/**
 * @param {GeoJSON.FeatureCollection} rivers NE rivers and lake centre-lines
 * @param {GeoJSON.FeatureCollection} lakes NE lakes
 * @returns {import('topojson-specification').Topology} objects `rivers` and `lakes`
 */
export function buildWater(rivers, lakes, settings = WATER_SETTINGS) {
  const [w, s, e, n] = settings.frame;
  const inFrame = (f) => someVertex(f.geometry, ([x, y]) => x >= w && x <= e && y >= s && y <= n);
  const pick = (fc, kind) =>
    fc.features
      .filter((f) => f.geometry && (f.properties.scalerank ?? 99) <= settings.maxScalerank[kind])
      .filter(inFrame)
      .map((f) => ({
        type: 'Feature',
        properties: {
          name: f.properties.name ?? null,
          z: waterZoom(f.properties.min_zoom),
          ...(kind === 'rivers' && f.properties.featurecla !== 'River'
            ? { kind: 'lake-centreline' }
            : {}),
        },
        geometry: f.geometry,
      }));
  const layers = {
    rivers: { type: 'FeatureCollection', features: pick(rivers, 'rivers') },
    lakes: { type: 'FeatureCollection', features: pick(lakes, 'lakes') },
  };
  const raw = toTopology(layers, settings.prequantize);
  const simplified = simplify(presimplify(raw, mercatorTriangleArea), settings.minWeight);
  const topo = quantize(simplified, settings.quantize);
  // Features simplified away entirely are dropped, so the file has nothing it cannot draw.
  for (const name of ['rivers', 'lakes']) {
    const object = topo.objects[name];
    const decoded = feature(topo, object).features;
    object.geometries = object.geometries.filter((g, i) => hasLength(decoded[i]?.geometry));
  }
  delete topo.bbox;
  return topo;
}

function hasLength(geometry) {
  if (!geometry) return false;
  let count = 0;
  someVertex(geometry, () => ++count > 2);
  return count > 1;
}

function someVertex(geometry, test) {
  const walk = (c) => (typeof c[0] === 'number' ? test(c) : c.some(walk));
  return geometry ? walk(geometry.coordinates) : false;
}

function round(x) {
  return Math.round(x * 1e4) / 1e4;
}

/** What the app reads per city; one city per line, so a diff shows what changed. */
export function citiesFileText(cities) {
  const head = {
    source:
      'Natural Earth 1:10m populated places v4.0.0 (public domain), via martynafford/natural-earth-geojson 0b9a6ceb0a70; names checked as data/PROVENANCE.md lists',
    fields:
      'names per language (null: not named in that language), position [lng, lat] WGS-84, regionId from our polygons, capital of its province, minZoom of its label, wikidata id, neAdm1 as the source has it',
  };
  const rows = cities.map(({ neAdm1, ...c }) => JSON.stringify({ ...c, neAdm1 }));
  return `{"source":${JSON.stringify(head.source)},"fields":${JSON.stringify(head.fields)},"cities":[\n${rows.join(',\n')}\n]}\n`;
}

/** The PROVENANCE.md section for the cities and the water. */
export function basemapProvenance({
  cities,
  applied,
  snapped,
  disagreements,
  water,
  waterSettings,
  notes,
}) {
  const cell = (v) => (v == null ? '—' : String(v).replace(/\|/g, '\\|'));
  const unnamed = (lang) => cities.filter((c) => !c.names[lang]).map((c) => c.names.en);
  const correctionRows = applied
    .map(
      (c) =>
        `| ${cell(c.ne)} | ${cell(c.adm1)} | ${cell(c.result.hant)} | ${cell(c.result.hans)} | ${cell(c.result.en)} | ${cell(c.why)} | ${cell(c.source)} |`,
    )
    .join('\n');
  const disagreeRows = disagreements
    .map((d) => `| ${d.name} | ${d.neAdm1} | ${d.regionId} |`)
    .join('\n');
  const snapRows = snapped.map((s) => `| ${s.name} | ${s.regionId} | ${s.km} |`).join('\n');
  return `

## Cities, rivers and lakes

Source: Natural Earth 1:10m, version 4.0.0 (public domain), as converted to GeoJSON by
martynafford/natural-earth-geojson (CC0), commit 0b9a6ceb0a70:
\`ne_10m_populated_places\`, \`ne_10m_rivers_lake_centerlines\`, \`ne_10m_lakes\`, clipped to
70–140° E, 15–56° N. Copied into \`data/source/natural-earth/\` as they were given (see
\`data/source/README.md\`), so the build needs nothing outside the repository.

### Cities (\`data/cities.json\`)

${cities.length} places: every populated place of the source in mainland China, Hong Kong and Macao
(${cities.filter((c) => c.capital).length} of them provincial capitals).

- **Names.** \`NAME_ZH\` mixes Simplified (大连, 包头, 哈尔滨) and Traditional (瀋陽, 蘭州) script. It is
  converted to Simplified with OpenCC (opencc-js, Hong Kong → mainland tables), and that to Hong Kong
  Traditional (mainland → Hong Kong tables). English is \`NAME_EN\`, else \`NAME\`. Then the
  corrections below apply, each with its source (\`data/source/city-corrections.json\`).
- **Unnamed.** A place with no Chinese name in the source, and none given by a correction, has no
  label on the Chinese pages (the finder still finds it by its English name): ${unnamed('zh-Hant').length}
  places: ${unnamed('zh-Hant').join(', ')}.
- **Province.** From the city's position inside our own province polygons (\`@turf/turf\`
  \`booleanPointInPolygon\`), never from \`ADM1NAME\`. A city just off our simplified coastline goes to the
  nearest province within 25 km:

| city | province | km off the coast |
|---|---|---|
${snapRows}

- **Capitals** come from a list by province (\`CAPITALS\` in \`scripts/build-data/build-basemap.mjs\`),
  not from \`FEATURECLA\`, which marks Fushun rather than Shenyang as Liaoning's capital.
- **Label zoom.** Capitals from zoom 5; the others one zoom after the source's \`min_zoom\`, from 6 to 10.

Where \`ADM1NAME\` disagrees with the polygon (the polygon is used):

| city | ADM1NAME | our province |
|---|---|---|
${disagreeRows}

${notes ?? ''}

Corrections applied (source names as given; the result in Hong Kong Traditional, Simplified, English):

| NE name | ADM1NAME | zh-Hant | zh-Hans | en | why | source |
|---|---|---|---|---|---|---|
${correctionRows}

### Rivers and lakes (\`data/water.topo.json\`)

${water.objects.rivers.geometries.length} rivers and lake centre-lines (source scalerank ≤ ${waterSettings.maxScalerank.rivers}) and
${water.objects.lakes.geometries.length} lakes (scalerank ≤ ${waterSettings.maxScalerank.lakes}) with a vertex in
${waterSettings.frame.join(', ')} (W, S, E, N), simplified (Visvalingam, Mercator-scaled weight
${waterSettings.minWeight}) and quantized to ${waterSettings.quantize}. Each has \`z\`, the zoom it is drawn
from (one after the source's \`min_zoom\`, from 5 on).
`;
}
