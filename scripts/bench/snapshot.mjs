// Private copies of build output under .bench/, so that another `next build` or
// `npm run build:static` in the work tree (a test run, a colleague) cannot change the files a
// running bench serves. The Next copy is a folder whose entries link to the project's, except
// .next/, which is copied (without its cache).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, ROOT } from './paths.mjs';
import { atExit } from './processes.mjs';

const NOT_LINKED = new Set(['.next', '.bench', '.git', 'out', 'test-results']);

const buildIdOf = (dir) => {
  const file = join(dir, '.next', 'BUILD_ID');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
};

/**
 * Copies the current .next/ into .bench/next/. Returns the folder to `next start` in, the
 * build id and `remove()`; the folder is removed at exit in any case.
 */
export function snapshotNextBuild() {
  const buildId = buildIdOf(ROOT);
  if (!buildId)
    throw new Error('no production build in .next/: run `npm run build`, or drop --no-build');
  const dir = join(BENCH_DIR, 'next');
  const remove = atExit(() => rmSync(dir, { recursive: true, force: true }));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (!NOT_LINKED.has(entry)) symlinkSync(join(ROOT, entry), join(dir, entry));
  }
  cpSync(join(ROOT, '.next'), join(dir, '.next'), {
    recursive: true,
    filter: (src) => !src.startsWith(join(ROOT, '.next', 'cache')),
  });
  if (buildIdOf(ROOT) !== buildId || buildIdOf(dir) !== buildId) {
    throw new Error(
      '.next/ changed while it was being copied (another build is running?): try again',
    );
  }
  return { dir, buildId, remove };
}

/** Copies out/ (the static export) into .bench/out/; returns that folder and `remove()`. */
export function snapshotStaticExport() {
  const source = join(ROOT, 'out');
  if (!existsSync(join(source, 'index.html'))) {
    throw new Error('no static export in out/: run `npm run build:static`, or drop --no-build');
  }
  const dir = join(BENCH_DIR, 'out');
  const remove = atExit(() => rmSync(dir, { recursive: true, force: true }));
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, { recursive: true });
  return { dir, remove };
}
