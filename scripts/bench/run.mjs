#!/usr/bin/env node
// npm run bench [-- --no-build] [--runs 3] [--clicks 20]
//
// Builds the app, serves it with `next start` on 127.0.0.1, and measures: Lighthouse 12.2.3
// on the home page and a place page (mobile and desktop, medians of --runs), the bytes of a
// first visit, and click → panel on the place list (median of --clicks). Prints each number
// against its target and writes .bench/results-<time>.json and .bench/latest.json.
// Not a test: exits 0 when everything was measured, whatever the numbers; 1 when it could not.
import { parseArgs } from './args.mjs';
import { npmRun } from './build.mjs';
import { launchBrowser } from './browser.mjs';
import { measureBytes } from './bytes.mjs';
import { httpSizes } from './http-size.mjs';
import { measureClickToPanel } from './interaction.mjs';
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
const FORM_FACTORS = ['mobile', 'desktop'];
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
        const result = await runLighthouse(baseUrl + page.path, formFactor);
        if (result.runtimeError)
          throw new Error(`${page.path} ${formFactor}: ${result.runtimeError}`);
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

async function clickToPanel(browser, baseUrl) {
  const samples = await measureClickToPanel(browser, baseUrl, { clicks: CLICKS, ready: mapDrawn });
  const values = samples.map((s) => s.ms);
  return {
    method:
      'Playwright click on the place list links (nav.place-list) (provinces and places alternately) on a 1280×800 desktop viewport, no CPU throttling; performance.measure from a capture click listener mark to the first task after the requestAnimationFrame that follows the heading change.',
    medianMs: median(values),
    p90Ms: percentile(values, 90),
    samples,
  };
}

async function main() {
  const errors = [];
  const loadAtStart = await machineLoad();
  ensureTools();
  if (!args['no-build']) npmRun('build');
  const snapshot = snapshotNextBuild();
  const { buildId } = snapshot;
  const server = await startNext(snapshot.dir);
  let browser, lighthouse, transferred, interaction, chromium;
  try {
    console.log(`Serving build ${buildId} at ${server.baseUrl}`);
    for (const page of PAGES) await fetch(server.baseUrl + page.path); // warm the server
    lighthouse = await part(`Lighthouse ${TOOLS.lighthouse} × ${RUNS} runs`, errors, () =>
      lighthouseMedians(server.baseUrl),
    );
    browser = await launchBrowser();
    chromium = browser.version();
    transferred = await part('bytes of a first visit', errors, () =>
      bytes(browser, server.baseUrl),
    );
    interaction = await part(`click → panel × ${CLICKS}`, errors, () =>
      clickToPanel(browser, server.baseUrl),
    );
  } finally {
    await browser?.close();
    await server.close();
    snapshot.remove();
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
    lighthouse,
    bytes: transferred,
    interaction,
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
