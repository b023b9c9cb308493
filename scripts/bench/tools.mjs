// On-demand tools, installed into .bench/ (never project dependencies). All of them are
// installed in one `npm install`, because an install with --no-save prunes what it did not name.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BENCH_DIR } from './paths.mjs';

/**
 * Pinned: Lighthouse 13 needs Node 22; autocannon 9 runs on Node 20; source-map-js reads the
 * browser source maps for `npm run bench:tasks`.
 */
export const TOOLS = { lighthouse: '12.2.3', autocannon: '9.0.0', 'source-map-js': '1.2.1' };

function installedVersion(name) {
  const manifest = join(BENCH_DIR, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : null;
}

/** Installs the pinned tools into .bench/ unless they are already there. */
export function ensureTools() {
  const missing = Object.entries(TOOLS).filter(([name, v]) => installedVersion(name) !== v);
  if (missing.length === 0) return;
  mkdirSync(BENCH_DIR, { recursive: true });
  const manifest = join(BENCH_DIR, 'package.json');
  // Its own package.json, so npm does not walk up to the project's.
  if (!existsSync(manifest)) {
    writeFileSync(manifest, JSON.stringify({ name: 'bench-tools', private: true }, null, 2) + '\n');
  }
  const specs = Object.entries(TOOLS).map(([name, v]) => `${name}@${v}`);
  console.log(`Installing ${specs.join(', ')} into .bench/ …`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', BENCH_DIR, ...specs];
  const result = spawnSync(npm, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm install into .bench/ failed (${result.status})`);
}

/** Absolute path of a file inside an installed tool. */
export function toolPath(name, file) {
  return join(BENCH_DIR, 'node_modules', name, file);
}
