// Lighthouse 12.2.3 (from .bench/) through its Node API, one fresh headless Chromium per run.
// mobile = the default config (simulated throttling); desktop = the desktop preset, as
// `lighthouse --preset=desktop`.
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './paths.mjs';
import { trackGroup } from './processes.mjs';
import { toolPath } from './tools.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function load() {
  const importTool = (name, file) => import(pathToFileURL(toolPath(name, file)).href);
  const [{ default: lighthouse }, { launch }, { default: desktopConfig }] = await Promise.all([
    importTool('lighthouse', 'core/index.js'),
    importTool('chrome-launcher', 'dist/index.js'),
    importTool('lighthouse', 'core/config/desktop-config.js'),
  ]);
  return { lighthouse, launch, desktopConfig };
}

/** The numbers of one report; scores 0–100, times in ms. */
function summarize(lhr) {
  const score = (id) =>
    lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100);
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcpMs: value('first-contentful-paint'),
    // Lighthouse's CPU benchmark of this run (higher = faster; a busy machine scores low).
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    runtimeError: lhr.runtimeError?.code ?? null,
    // The five longest main-thread tasks after first paint (Lighthouse's long-tasks audit, on its
    // throttled timeline), each with the script it is attributed to.
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? [])
      .filter((t) => t.startTime >= (value('first-contentful-paint') ?? 0))
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 5)
      .map((t) => ({ url: t.url, startMs: t.startTime, durationMs: t.duration })),
    // Audits that failed to run are left out of the scores by Lighthouse; listed so it shows.
    auditErrors: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => audit.id),
    warnings: lhr.runWarnings ?? [],
  };
}

/**
 * Runs Lighthouse once on a loopback URL. `blocked`: URL patterns Lighthouse blocks (to measure
 * the page's own HTML without its scripts, every file under /_next/static/).
 * @param {string} url @param {'mobile' | 'desktop'} formFactor @param {string[]} [blocked]
 */
export async function runLighthouse(url, formFactor, blocked = []) {
  const { hostname } = new URL(url);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') throw new Error(`not loopback: ${url}`);
  const { lighthouse, launch, desktopConfig } = await load();
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    handleSIGINT: false, // processes.mjs kills Chrome's group on Ctrl-C
    logLevel: 'silent',
  });
  const untrack = trackGroup(chrome.pid);
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        ...(blocked.length ? { blockedUrlPatterns: blocked } : {}),
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return summarize(result.lhr);
  } finally {
    await chrome.kill();
    untrack();
  }
}
