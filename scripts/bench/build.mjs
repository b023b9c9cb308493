// Runs the project's npm build scripts (`build`, `build:static`) with inherited output.
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.mjs';

/** @param {'build' | 'build:static'} script @param {Record<string, string>} [env] added to the environment */
export function npmRun(script, env = {}) {
  const shown = Object.entries(env)
    .map(([k, v]) => `${k}=${v} `)
    .join('');
  console.log(`\n$ ${shown}npm run ${script}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', script], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (${result.status})`);
}
