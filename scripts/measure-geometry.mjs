#!/usr/bin/env node
// npm run data:size
//
// Measures what the map draws, as committed: raw, gzip (level 9) and brotli (quality 11)
// size of each file, and the positions per object of data/geo.topo.json. Ends with the
// budget line; exit code 1 when over. Reads only; the budget is in build-data/budget.mjs.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import {
  BUDGET_GZIP_BYTES,
  DRAWN_FILES,
  LATER_FILES,
  TOTAL_BUDGET_GZIP_BYTES,
} from './build-data/budget.mjs';
import { countVertices } from './build-data/build-topology.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TOPOLOGY_FILE = 'data/geo.topo.json';

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const count = (n) => n.toLocaleString('en-US');

/**
 * @param {Buffer} bytes
 * @returns {{ raw: number, gzip: number, brotli: number }} sizes in bytes
 */
function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/**
 * The bytes the app sends for a file: app/data/geo.topo.json/route.ts answers with
 * `Response.json(topology)`, i.e. JSON.stringify of the parsed file; the other files
 * are measured as committed.
 * @param {string} file path relative to the root
 */
function servedBytes(file) {
  const text = readFileSync(join(root, file), 'utf8');
  return Buffer.from(file === TOPOLOGY_FILE ? JSON.stringify(JSON.parse(text)) : text);
}

/** Positions Leaflet receives per object: every ring decoded, shared arcs once per side. */
function decodedPositions(topology, name) {
  let n = 0;
  const visit = (coordinates) => {
    if (typeof coordinates[0] === 'number') n++;
    else coordinates.forEach(visit);
  };
  for (const f of feature(topology, topology.objects[name]).features) {
    visit(f.geometry.coordinates);
  }
  return n;
}

function main() {
  const sum = (list) =>
    list.reduce(
      (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
      { raw: 0, gzip: 0, brotli: 0 },
    );
  const rows = DRAWN_FILES.map((file) => ({ file, ...sizesOf(servedBytes(file)) }));
  const later = LATER_FILES.map((file) => ({ file, ...sizesOf(servedBytes(file)) }));
  const total = sum(rows);
  const all = sum([...rows, ...later]);

  const pad = (s, n) => String(s).padEnd(n);
  const padStart = (s, n) => String(s).padStart(n);
  const line = (name, r) =>
    `${pad(name, 20)} ${padStart(kB(r.raw), 9)} ${padStart(kB(r.gzip), 9)} ${padStart(kB(r.brotli), 9)}`;
  console.log(
    `${pad('file', 20)} ${padStart('raw', 9)} ${padStart('gzip -9', 9)} ${padStart('brotli', 9)}`,
  );
  for (const r of rows) console.log(line(r.file, r));
  console.log(line('default view', total));
  for (const r of later) console.log(line(r.file, r));
  console.log(line('all geometry', all));
  const fileBytes = readFileSync(join(root, TOPOLOGY_FILE));
  const same = fileBytes.equals(servedBytes(TOPOLOGY_FILE));
  console.log(
    `${TOPOLOGY_FILE} as served by /data/geo.topo.json (JSON.stringify of the file): ` +
      (same
        ? 'the same bytes as the file'
        : `${fileBytes.length} B in the file, measured as served`),
  );

  const topology = JSON.parse(fileBytes.toString('utf8'));
  const vertices = countVertices(topology);
  console.log(
    `positions in the topology: ${count(vertices.total)} in ${count(vertices.arcs)} arcs`,
  );
  for (const [name, object] of Object.entries(topology.objects)) {
    console.log(
      `  ${pad(name, 10)} ${padStart(object.geometries.length, 3)} features` +
        `  ${padStart(count(vertices.perObject[name]), 6)} positions in its arcs` +
        `  ${padStart(count(decodedPositions(topology, name)), 6)} drawn (decoded, shared arcs per side)`,
    );
  }

  const over = total.gzip > BUDGET_GZIP_BYTES;
  const overAll = all.gzip > TOTAL_BUDGET_GZIP_BYTES;
  console.log(`the default view loads ${DRAWN_FILES.join(' + ')}; each file gzipped at level 9`);
  console.log(`loaded when first needed (zoom 5 on, or the finder): ${LATER_FILES.join(' + ')}`);
  console.log(
    `default-view budget: ${(total.gzip / 1024).toFixed(1)} kB gzipped of ${BUDGET_GZIP_BYTES / 1024} kB — ${over ? 'OVER' : 'OK'}`,
  );
  console.log(
    `all-geometry budget: ${(all.gzip / 1024).toFixed(1)} kB gzipped of ${TOTAL_BUDGET_GZIP_BYTES / 1024} kB — ${overAll ? 'OVER' : 'OK'}`,
  );
  if (over || overAll) process.exitCode = 1;
}

main();
