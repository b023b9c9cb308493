#!/usr/bin/env node
// npm run bench:load [-- --no-build] [--duration 30] [--connections 50]
//
// Load on 127.0.0.1 only, with autocannon: the real pages against `next start`, and the paths
// that must never render on demand or break it — `/index` (a redirect), a POST to `/` (405),
// a storm of unique unknown paths (404), and `/` while many idle sockets are held open — then
// the pages against a plain static file server of the static export (out/). Every run is
// bounded by --duration seconds. Prints req/s, p99, errors and the server's memory before and
// after, and the pass line: 0 errors, and no path below half of `/`'s throughput. Writes
// .bench/load-<time>.json and .bench/load-latest.json. Not a test: exits 0 when measured.
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
import { treeRssMb } from './memory.mjs';
import { connect } from 'node:net';

const args = parseArgs();
const DURATION_S = Number(args.duration ?? 30);
const CONNECTIONS = Number(args.connections ?? 50);
const PATHS = ['/', '/place/tianjin-liaison-unit', '/data/places.geojson'];
/** Sockets held open, sending nothing, while `/` is loaded. */
const IDLE_SOCKETS = Number(args['idle-sockets'] ?? 2000);
/** What `next start` must survive: [label, path, autocannon options, the status it answers]. */
const FAULTS = [
  ['/index', '/index', {}, 308],
  ['POST /', '/', { method: 'POST', body: 'a='.padEnd(64 * 1024, 'x') }, 405],
  ['404 storm', '/no-such-page-', { uniquePaths: true }, 404],
];
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

/** Opens `count` TCP connections that send nothing; `close()` ends them. */
async function holdIdleSockets(baseUrl, count) {
  const { hostname, port } = new URL(baseUrl);
  const sockets = [];
  for (let i = 0; i < count; i++) {
    const socket = connect(Number(port), hostname);
    socket.on('error', () => {});
    sockets.push(socket);
  }
  await new Promise((r) => setTimeout(r, 500));
  return { close: () => sockets.forEach((s) => s.destroy()) };
}

/** The fault paths against `next start`, and `/` under idle sockets. */
async function loadFaults(server) {
  const rows = [];
  for (const [label, path, options, expected] of FAULTS) {
    const status = await statusOf(server.baseUrl + (options.uniquePaths ? `${path}0` : path), {
      method: options.method,
    });
    console.log(
      `  next start ${label}: answers ${status} (expected ${expected}), ${CONNECTIONS} connections × ${DURATION_S} s …`,
    );
    const result = await loadTest(server.baseUrl + path, {
      connections: CONNECTIONS,
      durationS: DURATION_S,
      ...options,
    });
    rows.push({ server: 'next start', path: label, status, expected, ...result });
  }
  console.log(`  next start / with ${IDLE_SOCKETS} idle sockets open …`);
  const idle = await holdIdleSockets(server.baseUrl, IDLE_SOCKETS);
  try {
    const result = await loadTest(`${server.baseUrl}/`, {
      connections: CONNECTIONS,
      durationS: DURATION_S,
    });
    rows.push({ server: 'next start', path: `/ + ${IDLE_SOCKETS} idle sockets`, ...result });
  } finally {
    idle.close();
  }
  return rows;
}

/** 0 errors anywhere, and no next start path below half of `/`'s throughput. */
function verdict(rows) {
  const measured = rows.filter((r) => !r.skipped);
  const home = measured.find((r) => r.server === 'next start' && r.path === '/');
  const errors = measured.reduce((n, r) => n + r.errors + r.timeouts, 0);
  const slow = measured.filter(
    (r) => r.server === 'next start' && home && r.requestsPerS < home.requestsPerS / 2,
  );
  const wrong = measured.filter((r) => r.expected && r.status !== r.expected);
  const pass = errors === 0 && slow.length === 0 && wrong.length === 0 && !!home;
  return {
    pass,
    line: `${pass ? 'PASS' : 'FAIL'}: ${errors} errors; ${slow.length ? `below half of / (${Math.round(home.requestsPerS)} req/s): ${slow.map((r) => r.path).join(', ')}` : 'no path below half of /'}${wrong.length ? `; wrong status: ${wrong.map((r) => `${r.path} ${r.status}`).join(', ')}` : ''}`,
  };
}

async function main() {
  const loadAtStart = await machineLoad();
  ensureTools();
  if (!args['no-build']) npmRun('build:static'); // writes out/, and overwrites .next/ …
  const out = snapshotStaticExport();
  if (!args['no-build']) npmRun('build'); // … so the server build comes after it
  const next = snapshotNextBuild();
  const rows = [];
  const memory = { before: null, after: null };
  try {
    console.log(`\n▸ next start (build ${next.buildId})`);
    const server = await startNext(next.dir);
    try {
      memory.before = treeRssMb(server.child.pid);
      rows.push(...(await loadEach('next start', server)));
      rows.push(...(await loadFaults(server)));
      memory.after = treeRssMb(server.child.pid);
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
    memoryMb: memory,
    verdict: verdict(rows),
  };
  const written = writeResults(results, { stamped: 'load', latest: 'load-latest' });
  printLoadReport(results);
  const mb = (v) => (v == null ? 'n/a' : `${Math.round(v)} MB`);
  console.log(
    `\nnext start memory (RSS, with its children): ${mb(memory.before)} before, ${mb(memory.after)} after`,
  );
  console.log(results.verdict.line);
  console.log(`\n${written}`);
}

main().catch((error) => {
  console.error(`bench:load: ${error.stack ?? error}`);
  process.exitCode = 1;
});
