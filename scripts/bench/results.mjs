// Writes a run's results as .bench/<name>-<timestamp>.json and .bench/<name>-latest.json
// (or latest.json); returns a line that says where.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BENCH_DIR, ROOT } from './paths.mjs';

/** The commit and whether the work tree had changes (read-only git). */
export function sourceState() {
  const git = (...args) => {
    try {
      return execFileSync('git', args, {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return null;
    }
  };
  const status = git('status', '--porcelain');
  return {
    commit: git('rev-parse', 'HEAD'),
    uncommittedChanges: status == null ? null : status.length > 0,
  };
}

/**
 * @param {object} data
 * @param {{ stamped: string, latest: string }} names e.g. { stamped: 'results', latest: 'latest' }
 */
export function writeResults(data, names) {
  mkdirSync(BENCH_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const text = JSON.stringify(data, null, 2) + '\n';
  const files = [
    join(BENCH_DIR, `${names.stamped}-${stamp}.json`),
    join(BENCH_DIR, `${names.latest}.json`),
  ];
  for (const file of files) writeFileSync(file, text);
  return `Wrote ${files.map((f) => relative(ROOT, f)).join(' and ')}`;
}
