// Runs before `npm start`: builds the app when there is no production build yet, or when a
// source file is newer than the last build, so `npm install && npm start` works on a fresh clone.
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { siteUrlProblem } from '../lib/security/headers.mjs';
import { whyBuild } from './build-state.mjs';

const root = process.cwd();

// Link previews and canonical URLs need the public origin; say so once, before anything else.
const problem = siteUrlProblem(process.env.SITE_URL);
if (problem) console.warn(`Warning: ${problem}`);

const reason = whyBuild(root);
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
