// `npm run bench -- --against <git ref>`: another commit of this app, built and served beside
// the current build, so that a change (say, dropping a feature) is measured against the same
// app without it in one run, on one machine state. The ref is exported with `git archive` into
// the temp dir (outside the project: Next would take this project's root for the copy's), built
// once per commit and kept for the next run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';
import { startNext } from './server.mjs';

/**
 * Builds `ref` (once per commit) and serves it with `next start`. Returns its short name, base
 * URL and `close()`.
 * @param {string} ref
 */
export async function startAgainst(ref) {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  const name = sha.slice(0, 7);
  const dir = join(tmpdir(), `bjo-atlas-bench-at-${name}`);
  const stampFile = join(dir, '.bench-stamp');
  if (!(existsSync(join(dir, '.next', 'BUILD_ID')) && existsSync(stampFile))) {
    console.log(`  building ${ref} (${name}) in ${dir} …`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('bash', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: ROOT });
    // Its own install (from npm's cache where it can): Turbopack resolves nothing through a
    // node_modules symlinked from outside the copy's root ("Could not find the Next.js package").
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: dir,
      stdio: 'inherit',
      env,
    });
    execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'inherit', env });
    writeFileSync(stampFile, sha);
  }
  const server = await startNext(dir);
  return { name, ...server };
}
