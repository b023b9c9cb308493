// Serving on loopback: a free port, `next start`, and waiting until a server answers.
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NEXT_BIN, ROOT } from './paths.mjs';
import { spawnGroup, stop } from './processes.mjs';

export const HOST = '127.0.0.1';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers with any status, or throws after `timeoutMs`. */
export async function waitUntilUp(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited (${child.exitCode}):\n${child.output}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs / 1000} s:\n${child.output}`);
}

/**
 * Starts `next start` in `dir` (a folder with a production build in .next/) on a free
 * loopback port. Returns its base URL and a `close()`.
 * @param {string} dir
 */
export async function startNext(dir) {
  if (!existsSync(join(dir, '.next', 'BUILD_ID'))) throw new Error(`no production build in ${dir}`);
  const port = await freePort();
  // As `npm start` runs it: with the guard that answers TRACE before Next.
  const guard = join(ROOT, 'scripts', 'method-guard.mjs');
  const args = ['--import', guard, NEXT_BIN, 'start', '-p', String(port), '-H', HOST];
  const child = spawnGroup(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  const baseUrl = `http://${HOST}:${port}`;
  await waitUntilUp(`${baseUrl}/`, child);
  return { baseUrl, child, close: () => stop(child) };
}
