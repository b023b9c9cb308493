#!/usr/bin/env node
// npm run bench [-- --no-build] [--runs 3] [--compare-runs 5] [--clicks 20] [--only-compare]
//                 [--quick] [--against <git ref>]
//
// --quick: the side-by-side part alone, 3 runs, home and place against the anchor and the floor
//   (under 8 minutes: one change measured in one sitting).
// --against <ref>: that commit of the app built and served too (scripts/bench/against.mjs), its
//   home page and home page with scripts blocked measured in the same interleaved runs: the switch
//   that measures a change (say, a feature dropped) against the same app without it.
//
// Builds the app, serves it with `next start` on 127.0.0.1, and measures, in one run:
// - side by side (Lighthouse 12.2.3 mobile, median of --compare-runs, runs interleaved): the
//   naive react-leaflet anchor of ../shared/anchors (built from a copy in the temp dir; skipped
//   with a message when shared/ is absent), the framework floor (the anchor's copy with a
//   static-text page: Next + React and nothing else), this app's home and a place page, and
//   the home page with every /_next/static/chunks/* script blocked (its HTML alone: the limit);
// - the first office marker on screen with 4× CPU and mobile network (CDP), anchor and app;
// - JavaScript transferred until the network is idle, anchor and app;
// - Lighthouse desktop on both pages (median of --runs), the bytes of a first visit, and
//   click → panel on the place list (median of --clicks), with and without 4× CPU.
// Prints each number against its target and writes .bench/results-<time>.json and latest.json.
// Not a test: exits 0 when everything was measured, whatever the numbers; 1 when it could not.
import { parseArgs } from './args.mjs';
import { npmRun } from './build.mjs';
import { launchBrowser } from './browser.mjs';
import { measureBytes } from './bytes.mjs';
import { httpSizes } from './http-size.mjs';
import { measureClickToPanel } from './interaction.mjs';
import { startAgainst } from './against.mjs';
import { startAnchor, startFloor } from './anchor.mjs';
import { firstMarkerMs, THROTTLING } from './first-marker.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { machineLoad } from './machine.mjs';
import { GEOMETRY_PATH, mapDrawn, PAGES } from './page-ready.mjs';
import { printReport } from './report.mjs';
import { sourceState, writeResults } from './results.mjs';
import { startNext } from './server.mjs';
import { snapshotNextBuild } from './snapshot.mjs';
import { median, percentile } from './stats.mjs';
import { ensureTools, TOOLS } from './tools.mjs';

const args = parseArgs();
const RUNS = Number(args.runs ?? 3);
const CLICKS = Number(args.clicks ?? 20);
const QUICK = Boolean(args.quick);
const COMPARE_RUNS = Number(args['compare-runs'] ?? (QUICK ? 3 : 5));
const AGAINST = typeof args.against === 'string' ? args.against : null;
// Mobile is measured side by side with the anchor and the limit (comparison below).
const FORM_FACTORS = ['desktop'];
const LH_METRICS = [
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'lcpMs',
  'tbtMs',
  'cls',
  'benchmarkIndex',
];

/** Runs one part of the bench; a failure is recorded and the other parts still run. */
async function part(name, errors, fn) {
  console.log(`\n▸ ${name}`);
  try {
    return await fn();
  } catch (error) {
    console.error(`  ✗ ${name} could not be measured: ${error.message}`);
    errors.push({ part: name, message: String(error.stack ?? error) });
    return null;
  }
}

async function lighthouseMedians(baseUrl) {
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    for (const page of PAGES) {
      for (const formFactor of FORM_FACTORS) {
        const result = await lighthouseRetried(
          `${page.path} ${formFactor}`,
          baseUrl + page.path,
          [],
          3,
          formFactor,
        );
        console.log(
          `  ${page.name} ${formFactor} run ${run}: performance ${result.performance}, LCP ${Math.round(result.lcpMs)} ms, TBT ${Math.round(result.tbtMs)} ms`,
        );
        runs.push({ page: page.name, formFactor, run, ...result });
      }
    }
  }
  const medians = PAGES.flatMap((page) =>
    FORM_FACTORS.map((formFactor) => {
      const mine = runs.filter((r) => r.page === page.name && r.formFactor === formFactor);
      const row = { page: page.name, path: page.path, formFactor, runs: mine.length };
      for (const metric of LH_METRICS) row[metric] = median(mine.map((r) => r[metric]));
      return row;
    }),
  );
  return { medians, runs };
}

async function bytes(browser, baseUrl) {
  const pages = [];
  for (const page of PAGES) {
    const inBrowser = await measureBytes(browser, baseUrl + page.path, {
      geometryPath: GEOMETRY_PATH,
      settle: mapDrawn,
    });
    pages.push({
      page: page.name,
      path: page.path,
      html: await httpSizes(baseUrl + page.path),
      ...inBrowser,
    });
  }
  return {
    method:
      'Chromium via Playwright, fresh context: response.request().sizes().responseBodySize = body bytes on the wire (compressed when the server compressed), headers excluded. First-load JS = script responses before the load event; lazy JS = after it. html/geometry also fetched with Node http, Accept-Encoding identity and gzip.',
    pages,
    geometry: await httpSizes(baseUrl + GEOMETRY_PATH),
  };
}

async function clickToPanel(browser, baseUrl, cpuRate = 1) {
  const samples = await measureClickToPanel(browser, baseUrl, {
    clicks: CLICKS,
    ready: mapDrawn,
    cpuRate,
  });
  const values = samples.map((s) => s.ms);
  return {
    method: `Playwright click on the place list links (nav.place-list) (provinces and places alternately) on a 1280×800 desktop viewport, CPU ${cpuRate === 1 ? 'not throttled' : `throttled ${cpuRate}× (CDP Emulation.setCPUThrottlingRate)`}; performance.measure from a capture click listener mark to the first task after the requestAnimationFrame that follows the heading change.`,
    cpuRate,
    medianMs: median(values),
    p90Ms: percentile(values, 90),
    samples,
  };
}

// The scripts only (its CSS stays): blocking all of /_next/static/ leaves Lighthouse no navigation.
const BLOCK_SCRIPTS = ['*/_next/static/chunks/*'];

/**
 * One Lighthouse run; a run that ends in a runtime error (NO_NAVSTART now and then) is said and
 * run again, twice at most, so one flake does not lose the table.
 */
async function lighthouseRetried(name, url, blocked, attempts = 3, formFactor = 'mobile') {
  for (let attempt = 1; ; attempt++) {
    const r = await runLighthouse(url, formFactor, blocked);
    if (!r.runtimeError) return r;
    if (attempt === attempts) throw new Error(`${name}: ${r.runtimeError} in ${attempts} runs`);
    console.log(`  ${name}: Lighthouse runtime error ${r.runtimeError}, running it again`);
  }
}

/** The anchor's copy with a static page: what Next and React alone cost (see anchor.mjs). */
const FLOOR_ROW = 'framework floor / (Next + React, static text)';

/** The anchor, the framework floor, the app and the app's HTML alone, side by side in one run. */
async function comparison(browser, ours) {
  const anchor = await startAnchor();
  if (!anchor)
    console.log(
      '  ../shared/anchors/naive-react-leaflet is absent: measuring the app and its limit only, no anchor',
    );
  const floor = anchor && (await startFloor());
  const other = AGAINST && (await startAgainst(AGAINST));
  try {
    const rows = [
      anchor && { name: 'naive anchor /', url: `${anchor.baseUrl}/`, blocked: [] },
      floor && { name: FLOOR_ROW, url: `${floor.baseUrl}/`, blocked: [] },
      { name: 'app /', url: `${ours}/`, blocked: [] },
      ...PAGES.filter((p) => p.path !== '/').map((p) => ({
        name: `app ${p.path}`,
        url: ours + p.path,
        blocked: [],
      })),
      (!QUICK || other) && {
        name: 'app / scripts blocked (limit)',
        url: `${ours}/`,
        blocked: BLOCK_SCRIPTS,
      },
      other && { name: `at ${other.name} /`, url: `${other.baseUrl}/`, blocked: [] },
      other && {
        name: `at ${other.name} / scripts blocked`,
        url: `${other.baseUrl}/`,
        blocked: BLOCK_SCRIPTS,
      },
    ].filter(Boolean);
    const runs = [];
    // Interleaved, so the machine's noise falls on every row alike.
    for (let run = 1; run <= COMPARE_RUNS; run++) {
      for (const row of rows) {
        const r = await lighthouseRetried(row.name, row.url, row.blocked);
        console.log(
          `  ${row.name} run ${run}: performance ${r.performance}, LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms`,
        );
        runs.push({ row: row.name, run, ...r });
      }
    }
    const lighthouse = rows.map((row) => {
      const mine = runs.filter((r) => r.row === row.name);
      const m = { name: row.name, runs: mine.length };
      for (const metric of ['performance', 'lcpMs', 'tbtMs', 'cls', 'benchmarkIndex'])
        m[metric] = median(mine.map((r) => r[metric]));
      // The longest tasks of the run whose performance is the median.
      const middle = [...mine].sort((a, b) => a.performance - b.performance)[mine.length >> 1];
      m.longTasks = middle?.longTasks ?? [];
      return m;
    });
    const markers = { app: [], anchor: [] };
    for (let run = 1; run <= COMPARE_RUNS; run++) {
      if (anchor)
        markers.anchor.push(
          await firstMarkerMs(browser, `${anchor.baseUrl}/`, '.leaflet-marker-icon'),
        );
      markers.app.push(await firstMarkerMs(browser, `${ours}/`, '.office-marker'));
      console.log(
        `  first marker run ${run}: app ${markers.app.at(-1)} ms${anchor ? `, anchor ${markers.anchor.at(-1)} ms` : ''}`,
      );
    }
    const js = async (url, selector) => {
      const b = await measureBytes(browser, url, {
        geometryPath: GEOMETRY_PATH,
        settle: (page) => page.locator(selector).first().waitFor({ timeout: 20_000 }),
      });
      return b.firstLoadJs.bytes + b.lazyJs.bytes;
    };
    const jsBytes = {
      app: await js(`${ours}/`, '.office-marker'),
      anchor: anchor ? await js(`${anchor.baseUrl}/`, '.leaflet-marker-icon') : null,
    };
    return {
      method: `Lighthouse ${TOOLS.lighthouse} mobile (simulated throttling), median of ${COMPARE_RUNS} runs per row, rows interleaved; "scripts blocked" = blockedUrlPatterns ${BLOCK_SCRIPTS.join(' ')}. First marker: Playwright + CDP, ${THROTTLING.cpuRate}× CPU, ${THROTTLING.latencyMs} ms latency, 1.6 Mbit/s down, 412×823 viewport, performance.now() when the first marker is in view; median of ${COMPARE_RUNS}. JS: script bodies transferred (compressed) until network idle, map included.`,
      lighthouse,
      runs,
      firstMarker: {
        appMs: median(markers.app),
        anchorMs: anchor ? median(markers.anchor) : null,
        samples: markers,
      },
      jsBytes,
    };
  } finally {
    await anchor?.close();
    await floor?.close();
    await other?.close();
  }
}

async function main() {
  const errors = [];
  const loadAtStart = await machineLoad();
  ensureTools();
  if (!args['no-build']) npmRun('build');
  const snapshot = snapshotNextBuild();
  const { buildId } = snapshot;
  const server = await startNext(snapshot.dir);
  let browser, lighthouse, transferred, interaction, throttledInteraction, compared, chromium;
  try {
    console.log(`Serving build ${buildId} at ${server.baseUrl}`);
    for (const page of PAGES) await fetch(server.baseUrl + page.path); // warm the server
    browser = await launchBrowser();
    chromium = browser.version();
    compared = await part('side by side: naive anchor, app, app without scripts', errors, () =>
      comparison(browser, server.baseUrl),
    );
    // --only-compare: the side-by-side part alone.
    if (!args['only-compare'] && !QUICK) await theRest();
  } finally {
    await browser?.close();
    await server.close();
    snapshot.remove();
  }
  async function theRest() {
    lighthouse = await part(`Lighthouse ${TOOLS.lighthouse} × ${RUNS} runs`, errors, () =>
      lighthouseMedians(server.baseUrl),
    );
    transferred = await part('bytes of a first visit', errors, () =>
      bytes(browser, server.baseUrl),
    );
    interaction = await part(`click → panel × ${CLICKS}`, errors, () =>
      clickToPanel(browser, server.baseUrl),
    );
    throttledInteraction = await part(`click → panel × ${CLICKS}, 4× CPU`, errors, () =>
      clickToPanel(browser, server.baseUrl, 4),
    );
  }
  const results = {
    date: new Date().toISOString(),
    source: { ...sourceState(), buildId },
    environment: {
      node: process.version,
      chromium,
      lighthouse: TOOLS.lighthouse,
      loadAtStart,
      loadAtEnd: await machineLoad(),
    },
    comparison: compared,
    lighthouse,
    bytes: transferred,
    interaction,
    throttledInteraction,
    errors,
  };
  const written = writeResults(results, { stamped: 'results', latest: 'latest' });
  printReport(results);
  console.log(`\n${written}`);
  if (errors.length) {
    console.error(
      `\n${errors.length} part(s) could not be measured: ${errors.map((e) => e.part).join(', ')}`,
    );
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exitCode = 1;
});
