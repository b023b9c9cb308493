// Runs the project's npm build scripts (`build`, `build:static`) with inherited output.
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.mjs';

/** @param {'build' | 'build:static'} script */
export function npmRun(script) {
  console.log(`\n$ npm run ${script}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (${result.status})`);
}
