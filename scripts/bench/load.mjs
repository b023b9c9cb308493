#!/usr/bin/env node
// npm run bench:load [-- --no-build] [--duration 30] [--connections 50]
//
// Load on 127.0.0.1 only, with autocannon: a few URLs against `next start`, then the same
// against a plain static file server of the static export (out/). Every run is bounded by
// --duration seconds. Prints a comparison and writes .bench/load-<time>.json and
// .bench/load-latest.json. Not a test: exits 0 when everything was measured.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './args.mjs';
import { loadTest } from './autocannon.mjs';
import { npmRun } from './build.mjs';
import { statusOf } from './http-size.mjs';
import { printLoadReport } from './load-report.mjs';
import { spawnGroup, stop } from './processes.mjs';
import { sourceState, writeResults } from './results.mjs';
import { freePort, HOST, startNext, waitUntilUp } from './server.mjs';
import { snapshotNextBuild, snapshotStaticExport } from './snapshot.mjs';
import { ensureTools, TOOLS } from './tools.mjs';
import { machineLoad } from './machine.mjs';

const args = parseArgs();
const DURATION_S = Number(args.duration ?? 30);
const CONNECTIONS = Number(args.connections ?? 50);
const PATHS = ['/', '/place/tianjin-liaison-unit', '/data/places.geojson'];
/** The page whose link-preview image is loaded too; its address is read from the page's og:image. */
const PREVIEW_OF = '/place/tianjin-liaison-unit';

/** The path of a page's og:image (Next may add a suffix, as in app/(zh-hant)/), or null. */
async function previewPath(baseUrl, page) {
  const html = await fetch(baseUrl + page).then((r) => (r.ok ? r.text() : ''));
  const content = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  return content ? new URL(content.replaceAll('&amp;', '&')).pathname : null;
}

async function startStatic(dir) {
  const port = await freePort();
  const script = fileURLToPath(new URL('./static-server.mjs', import.meta.url));
  const child = spawnGroup(process.execPath, [script, '--dir', dir, '--port', String(port)]);
  const baseUrl = `http://${HOST}:${port}`;
  await waitUntilUp(`${baseUrl}/`, child);
  return { baseUrl, close: () => stop(child) };
}

/** Loads each path that answers 200; a path that does not is reported and skipped. */
async function loadEach(label, server) {
  const rows = [];
  const preview = await previewPath(server.baseUrl, PREVIEW_OF);
  if (!preview) console.log(`  ${label} ${PREVIEW_OF}: no og:image, its preview is skipped`);
  for (const path of preview ? [...PATHS, preview] : PATHS) {
    const status = await statusOf(server.baseUrl + path);
    if (status !== 200) {
      console.log(`  ${label} ${path}: answers ${status}, skipped`);
      rows.push({ server: label, path, skipped: `answers ${status}` });
      continue;
    }
    console.log(`  ${label} ${path}: ${CONNECTIONS} connections × ${DURATION_S} s …`);
    const result = await loadTest(server.baseUrl + path, {
      connections: CONNECTIONS,
      durationS: DURATION_S,
    });
    rows.push({ server: label, path, ...result });
  }
  return rows;
}

async function main() {
  const loadAtStart = await machineLoad();
  ensureTools();
  if (!args['no-build']) {
    npmRun('build:static'); // writes out/, and overwrites .next/ …
  }
  const out = snapshotStaticExport();
  if (!args['no-build']) npmRun('build'); // … so the server build comes after it
  const next = snapshotNextBuild();
  const rows = [];
  try {
    console.log(`\n▸ next start (build ${next.buildId})`);
    const server = await startNext(next.dir);
    try {
      rows.push(...(await loadEach('next start', server)));
    } finally {
      await server.close();
    }
    console.log('\n▸ static file server of out/ (scripts/bench/static-server.mjs)');
    const plain = await startStatic(out.dir);
    try {
      rows.push(...(await loadEach('static out/', plain)));
    } finally {
      await plain.close();
    }
  } finally {
    next.remove();
    out.remove();
  }
  const results = {
    date: new Date().toISOString(),
    source: { ...sourceState(), buildId: next.buildId },
    environment: {
      node: process.version,
      cpus: availableParallelism(),
      autocannon: TOOLS.autocannon,
      loadAtStart,
      loadAtEnd: await machineLoad(),
    },
    method: `autocannon ${TOOLS.autocannon} in the bench process, ${CONNECTIONS} connections, ${DURATION_S} s per path, no Accept-Encoding (so uncompressed), client and server on the same ${availableParallelism()} cores`,
    rows,
  };
  const written = writeResults(results, { stamped: 'load', latest: 'load-latest' });
  printLoadReport(results);
  console.log(`\n${written}`);
}

main().catch((error) => {
  console.error(`bench:load: ${error.stack ?? error}`);
  process.exitCode = 1;
});
