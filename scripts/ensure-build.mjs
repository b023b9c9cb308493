// Runs before `npm start`: builds the app when there is no production build yet, or when a
// source file is newer than the last build, so `npm install && npm start` works on a fresh clone.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { siteUrlProblem } from '../lib/security/headers.mjs';

const root = process.cwd();
const buildId = join(root, '.next', 'BUILD_ID');
const sources = ['app', 'components', 'lib', 'data', 'next.config.ts', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild() {
  if (!existsSync(buildId)) return 'no production build yet';
  const built = statSync(buildId).mtimeMs;
  const changed = sources.find((s) => newestMtime(join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

// Link previews and canonical URLs need the public origin; say so once, before anything else.
const problem = siteUrlProblem(process.env.SITE_URL);
if (problem) console.warn(`Warning: ${problem}`);

const reason = needsBuild();
if (reason) {
  console.log(`Building the app (${reason})…`);
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/next/dist/bin/next'), 'build'],
    {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  process.exit(result.status ?? 1);
}
