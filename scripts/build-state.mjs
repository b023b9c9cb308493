// Whether `.next/` holds a production build of the current sources (for `npm start` and the e2e).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'data', 'next.config.ts', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why `.next/` needs building (no server build, or a source newer than it); null when current. */
export function whyBuild(root) {
  const buildId = join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return 'no production build yet';
  const built = statSync(buildId).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}
