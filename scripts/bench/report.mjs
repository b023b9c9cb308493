// Prints `npm run bench` results as tables, each number marked ✓/✗ against its target.
import { formatTable, kB, ms } from './table.mjs';
import { describe, marked, meets, TARGETS } from './targets.mjs';
import { busyWarning } from './machine.mjs';
import { median } from './stats.mjs';
import { GEOMETRY_PATH as GEOMETRY } from './page-ready.mjs';

/** A script's URL without the origin (a task with no script is the page's own work). */
function shortUrl(url) {
  if (!url) return '(no script: style, layout, parsing)';
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

function benchmarkRange(runs) {
  const values = runs.map((r) => r.benchmarkIndex).filter((v) => v != null);
  if (!values.length) return 'not reported';
  return `median ${Math.round(median(values))}, from ${Math.round(Math.min(...values))} to ${Math.round(Math.max(...values))}`;
}

function auditErrors(runs) {
  const ids = [...new Set(runs.flatMap((r) => r.auditErrors ?? []))];
  return ids.length
    ? `\naudits that errored in some run (Lighthouse leaves them out of the scores): ${ids.join(', ')}`
    : '';
}

function lighthouseTable({ medians, runs }) {
  const rows = medians.map((m) => [
    `${m.page} ${m.formFactor}`,
    m.formFactor === 'mobile'
      ? marked('mobilePerformance', m.performance)
      : marked('desktopPerformance', m.performance),
    m.accessibility,
    m.bestPractices,
    m.seo,
    marked('lcpMs', m.lcpMs, ms(m.lcpMs)),
    marked('tbtMs', m.tbtMs, ms(m.tbtMs)),
    marked('cls', m.cls, m.cls?.toFixed(3)),
  ]);
  rows.push([
    'target',
    `desktop ${describe('desktopPerformance')}`,
    '',
    '',
    '',
    describe('lcpMs', ms),
    describe('tbtMs', ms),
    describe('cls'),
  ]);
  return (
    `Lighthouse (median of ${medians[0]?.runs} runs; mobile = simulated throttling, desktop = --preset=desktop)\n` +
    formatTable(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'], rows) +
    `\nLighthouse CPU benchmark index (higher = faster CPU): ${benchmarkRange(runs)}` +
    auditErrors(runs)
  );
}

function largest(files, n = 3) {
  return [...files]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, n)
    .map((f) => `${f.url.split('/').pop()} ${kB(f.bytes)}`)
    .join(', ');
}

function bytesTable({ pages, geometry }) {
  const rows = pages.map((p) => [
    p.page,
    marked(
      'firstLoadJsBytes',
      p.firstLoadJs.bytes,
      `${kB(p.firstLoadJs.bytes)} (${p.firstLoadJs.count})`,
    ),
    `${kB(p.lazyJs.bytes)} (${p.lazyJs.count})`,
    `${kB(p.html.gzip)}${p.html.gzipComputed ? '*' : ''} / ${kB(p.html.raw)}`,
    p.geometryInPage
      ? marked(
          'geometryBytes',
          p.geometryInPage.bytes,
          `${kB(p.geometryInPage.bytes)} ${p.geometryInPage.encoding}`,
        )
      : 'not fetched',
  ]);
  rows.push(['target', describe('firstLoadJsBytes', kB), '', '', describe('geometryBytes', kB)]);
  const served = geometry.gzipComputed
    ? 'gzip -9 computed here: the server did not compress'
    : 'gzip as served';
  const mark = marked('geometryBytes', geometry.gzip, `${kB(geometry.gzip)}`);
  return (
    'Bytes of a first visit (as transferred, compressed; (n) = files; kB = 1024 B)\n' +
    formatTable(
      ['page', 'first-load JS', 'lazy JS (map)', 'HTML gzip / raw', 'geometry in page'],
      rows,
    ) +
    `\ngeometry ${GEOMETRY}: ${mark} (${served}), ${kB(geometry.raw)} raw` +
    `\nlargest first-load scripts (${pages[0].page}): ${largest(pages[0].firstLoadJs.files)}` +
    (pages.some((p) => p.html.gzipComputed)
      ? '\n* HTML not compressed by the server: gzip -9 computed here'
      : '')
  );
}

function comparisonTable({ lighthouse, firstMarker, jsBytes }) {
  const anchor = lighthouse.find((r) => r.name.startsWith('naive'));
  const floor = lighthouse.find((r) => r.name.startsWith('framework floor'));
  const limit = lighthouse.find((r) => r.name === 'app / scripts blocked (limit)');
  const signed = (v) => (v == null ? '' : `${v >= 0 ? '+' : ''}${Math.round(v)}`);
  const rows = lighthouse.map((r) => {
    const app = r.name.startsWith('app') && !r.name.includes('blocked');
    const home = r.name === 'app /';
    const under = floor && app ? floor.performance - r.performance : null;
    const tbtOver = floor && app ? r.tbtMs - floor.tbtMs : null;
    return [
      r.name,
      r === limit ? marked('limitPerformance', r.performance) : r.performance,
      app ? marked('lcpMs', r.lcpMs, ms(r.lcpMs)) : ms(r.lcpMs),
      r === limit ? marked('limitTbtMs', r.tbtMs, ms(r.tbtMs)) : ms(r.tbtMs),
      app ? marked('cls', r.cls, r.cls?.toFixed(3)) : r.cls?.toFixed(3),
      under == null
        ? ''
        : marked(home ? 'homeUnderFloor' : 'placeUnderFloor', under, signed(-under)),
      tbtOver == null
        ? ''
        : marked(
            home ? 'homeTbtOverFloorMs' : 'placeTbtOverFloorMs',
            tbtOver,
            `${signed(tbtOver)} ms`,
          ),
      anchor && app
        ? marked(
            'aheadOfAnchor',
            r.performance - anchor.performance,
            signed(r.performance - anchor.performance),
          )
        : '',
    ];
  });
  rows.push([
    'target',
    `limit ${describe('limitPerformance')}`,
    `app ${describe('lcpMs', ms)}`,
    `limit ${describe('limitTbtMs', ms)}`,
    describe('cls'),
    `/ ≥ −${TARGETS.homeUnderFloor.max}, place ≥ −${TARGETS.placeUnderFloor.max}`,
    `/ ≤ +${TARGETS.homeTbtOverFloorMs.max}, place ≤ +${TARGETS.placeTbtOverFloorMs.max}`,
    `≥ +${TARGETS.aheadOfAnchor.min}`,
  ]);
  const tasks = lighthouse
    .filter((r) => r.longTasks?.length)
    .map(
      (r) =>
        `\n${r.name}: longest tasks after first paint (the median run, Lighthouse's throttled timeline)\n` +
        r.longTasks
          .map((t) => `  ${ms(t.durationMs).padStart(8)} at ${ms(t.startMs)}  ${shortUrl(t.url)}`)
          .join('\n'),
    )
    .join('');
  const ratio = (a, b) => (a != null && b ? ` (${(a / b).toFixed(2)}×)` : '');
  const markerOver = firstMarker.anchorMs == null ? null : firstMarker.appMs - firstMarker.anchorMs;
  const jsOver = jsBytes.anchor == null ? null : jsBytes.app - jsBytes.anchor;
  return (
    `Side by side, one run (Lighthouse mobile, median of ${lighthouse[0]?.runs} runs each)\n` +
    formatTable(
      ['page', 'perf', 'LCP', 'TBT', 'CLS', 'perf vs floor', 'TBT vs floor', 'vs anchor'],
      rows,
    ) +
    tasks +
    `\nfirst office marker on screen (4× CPU, 150 ms, 1.6 Mbit/s): app ${ms(firstMarker.appMs)}, anchor ${ms(firstMarker.anchorMs)}${ratio(firstMarker.appMs, firstMarker.anchorMs)} ${markerOver == null ? '' : marked('firstMarkerOverAnchorMs', markerOver, `(${markerOver >= 0 ? '+' : ''}${Math.round(markerOver)} ms)`)}` +
    `\nJS transferred until idle: app ${kB(jsBytes.app)}, anchor ${kB(jsBytes.anchor)}${ratio(jsBytes.app, jsBytes.anchor)} ${jsOver == null ? '' : marked('jsOverAnchorBytes', jsOver, `(${jsOver >= 0 ? '+' : ''}${kB(jsOver)}; target ≤ +10 kB)`)}`
  );
}

function interactionTable({ medianMs, p90Ms, samples, cpuRate = 1 }) {
  const ok = meets('clickToPanelMs', medianMs);
  return (
    `Click → panel painted (${samples.length} clicks, CPU ${cpuRate === 1 ? 'not throttled' : `${cpuRate}× throttled`})\n` +
    formatTable(
      ['', 'median', 'p90', 'target'],
      [
        [
          'click → panel',
          `${medianMs?.toFixed(1)} ms ${ok ? '✓' : '✗'}`,
          `${p90Ms?.toFixed(1)} ms`,
          describe('clickToPanelMs', ms),
        ],
      ],
    )
  );
}

export function printReport(results) {
  const { loadAtStart, loadAtEnd } = results.environment;
  const sections = [
    results.comparison && comparisonTable(results.comparison),
    results.lighthouse && lighthouseTable(results.lighthouse),
    results.bytes && bytesTable(results.bytes),
    results.interaction && interactionTable(results.interaction),
    results.throttledInteraction && interactionTable(results.throttledInteraction),
    busyWarning(loadAtStart, loadAtEnd),
  ].filter(Boolean);
  console.log(`\n${sections.join('\n\n')}`);
}
