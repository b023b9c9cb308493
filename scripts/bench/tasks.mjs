#!/usr/bin/env node
// npm run bench:tasks [-- --no-build] [--path /] [--min 12] [--runs 2]
//
// Where a page's load spends the main thread, task by task: builds with browser source maps
// (PROFILE_SOURCE_MAPS=1; `--no-build` takes the build in .next/ as it is), serves it with
// `next start`, loads the page unthrottled in a phone-sized Chromium with a trace and a CPU
// profile running, and prints every task of at least --min ms with what it did (layout,
// script…) and the source files its profile samples were in, read through the source maps.
// Lighthouse's mobile simulation multiplies these tasks by about 4; each one over 12.5 ms
// here is a long task there. A diagnosis, not a benchmark: nothing is compared to a target.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from './args.mjs';
import { npmRun } from './build.mjs';
import { launchBrowser, loopbackOnly } from './browser.mjs';
import { ROOT } from './paths.mjs';
import { startNext } from './server.mjs';
import { snapshotNextBuild } from './snapshot.mjs';
import { ensureTools, toolPath } from './tools.mjs';

const args = parseArgs();
const PATH = typeof args.path === 'string' ? args.path : '/';
const MIN_MS = Number(args.min ?? 12);
const RUNS = Number(args.runs ?? 2);
const CHUNKS = join(ROOT, '.next', 'static', 'chunks');
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'blink.user_timing', // navigationStart
];
/** Trace events inside a task that say what kind of work it was. */
const KINDS = [
  'ParseHTML',
  'EvaluateScript',
  'FunctionCall',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
];

/** Reads a chunk's source map (named at the chunk's end) once; null without one. */
function sourceMaps(SourceMapConsumer) {
  const cache = new Map();
  return (url) => {
    if (!url.includes('/_next/static/chunks/')) return null;
    const file = url.split('/').pop();
    if (cache.has(file)) return cache.get(file);
    let consumer = null;
    const js = join(CHUNKS, file);
    const named = existsSync(js) && readFileSync(js, 'utf8').match(/sourceMappingURL=(\S+)\s*$/);
    if (named && existsSync(join(CHUNKS, named[1])))
      consumer = new SourceMapConsumer(JSON.parse(readFileSync(join(CHUNKS, named[1]), 'utf8')));
    cache.set(file, consumer);
    return consumer;
  };
}

/** This project's file (components/…, lib/…, app/…) or package a frame's code comes from. */
function sourceOf(mapFor, callFrame) {
  const consumer = mapFor(callFrame.url);
  if (!consumer) return null;
  const pos = consumer.originalPositionFor({
    line: callFrame.lineNumber + 1,
    column: callFrame.columnNumber,
  });
  if (!pos.source) return null;
  if (pos.source.startsWith('turbopack:///[turbopack]')) return 'turbopack runtime';
  const pkg = pos.source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = pos.source.match(/(?:^|\/)((?:components|lib|app)\/.*)$/);
  return own ? own[1] : pos.source;
}

async function loadOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  await loopbackOnly(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES } });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  // The map's last layers come a few tasks after the network is quiet.
  await page.waitForFunction(() => document.querySelector('[data-basemap="drawn"]'), null, {
    timeout: 30_000,
  });
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return { events, profile };
}

function report({ events, profile }, mapFor) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sources = new Map();
  const sourceOfNode = (id) => {
    if (!sources.has(id)) sources.set(id, sourceOf(mapFor, byId.get(id).callFrame));
    return sources.get(id);
  };
  /** The nearest frame, from the sample up, that is this project's or a named package's. */
  const attribute = (id) => {
    const fn = byId.get(id).callFrame.functionName;
    if (fn === '(program)') return '(native: style, layout, paint…)';
    if (fn === '(garbage collector)') return '(garbage collection)';
    let first = null;
    for (let c = id; c != null; c = parent.get(c)) {
      const s = sourceOfNode(c);
      if (!s) continue;
      first ??= s;
      if (/^(components|lib|app)\//.test(s)) return s;
    }
    return first ?? '(unmapped script)';
  };
  let t = profile.startTime;
  const times = profile.timeDeltas.map((d) => (t += d));

  const busiest = new Map();
  for (const e of events)
    if (e.name === 'RunTask')
      busiest.set(`${e.pid}:${e.tid}`, (busiest.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busiest].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main);
  // The page's own navigation (not about:blank's), as the times are counted from it.
  const start = events.findLast(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'),
  )?.ts;
  if (start == null) throw new Error('the trace has no navigationStart for the page');
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.dur >= MIN_MS * 1000 && e.ts >= start)
    .sort((a, b) => a.ts - b.ts);
  let simulated = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    const kinds = {};
    for (const e of onMain)
      if (e.ts >= task.ts && e.ts < end && e.dur && KINDS.includes(e.name))
        kinds[e.name] = (kinds[e.name] ?? 0) + e.dur / 1000;
    const where = new Map();
    let n = 0;
    profile.samples.forEach((id, i) => {
      if (times[i] < task.ts || times[i] >= end) return;
      if (byId.get(id).callFrame.functionName === '(idle)') return;
      n++;
      const a = attribute(id);
      where.set(a, (where.get(a) ?? 0) + 1);
    });
    const ms = task.dur / 1000;
    simulated += Math.max(0, ms * 4 - 50);
    const what = Object.entries(kinds)
      .filter(([, v]) => v >= 1)
      .map(([k, v]) => `${k} ${Math.round(v)}`)
      .join(', ');
    const top = [...where]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${Math.round((v * 100) / n)}%`)
      .join(' · ');
    console.log(`  at ${Math.round((task.ts - start) / 1000)} ms: ${Math.round(ms)} ms  ${what}`);
    if (top) console.log(`      ${top}`);
  }
  console.log(`  Σ max(0, 4 × task − 50 ms) over these tasks: ${Math.round(simulated)} ms`);
}

async function main() {
  ensureTools();
  if (!args['no-build']) npmRun('build', { PROFILE_SOURCE_MAPS: '1' });
  const { SourceMapConsumer } = await import(
    pathToFileURL(toolPath('source-map-js', 'source-map.js')).href
  );
  const mapFor = sourceMaps(SourceMapConsumer);
  const snapshot = snapshotNextBuild();
  const server = await startNext(snapshot.dir);
  const browser = await launchBrowser();
  try {
    await fetch(server.baseUrl + PATH); // warm the server
    for (let run = 1; run <= RUNS; run++) {
      console.log(`\n${PATH}, run ${run}: tasks of ${MIN_MS} ms or more, unthrottled, 412×823`);
      report(await loadOnce(browser, server.baseUrl + PATH), mapFor);
    }
  } finally {
    await browser.close();
    await server.close();
    snapshot.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
