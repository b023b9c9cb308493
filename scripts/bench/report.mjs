// Prints `npm run bench` results as tables, each number marked ✓/✗ against its target.
import { formatTable, kB, ms } from './table.mjs';
import { describe, marked, meets } from './targets.mjs';
import { busyWarning } from './machine.mjs';
import { median } from './stats.mjs';
import { GEOMETRY_PATH as GEOMETRY } from './page-ready.mjs';

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
    m.formFactor === 'mobile' ? marked('mobilePerformance', m.performance) : m.performance,
    m.accessibility,
    m.bestPractices,
    m.seo,
    marked('lcpMs', m.lcpMs, ms(m.lcpMs)),
    marked('tbtMs', m.tbtMs, ms(m.tbtMs)),
    marked('cls', m.cls, m.cls?.toFixed(3)),
  ]);
  rows.push([
    'target',
    `mobile ${describe('mobilePerformance')}`,
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

function interactionTable({ medianMs, p90Ms, samples }) {
  const ok = meets('clickToPanelMs', medianMs);
  return (
    `Click → panel painted (${samples.length} clicks)\n` +
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
    results.lighthouse && lighthouseTable(results.lighthouse),
    results.bytes && bytesTable(results.bytes),
    results.interaction && interactionTable(results.interaction),
    busyWarning(loadAtStart, loadAtEnd),
  ].filter(Boolean);
  console.log(`\n${sections.join('\n\n')}`);
}
