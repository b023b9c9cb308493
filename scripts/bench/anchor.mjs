// The naive react-leaflet page of ../shared/anchors, built and served from a copy in the temp dir,
// as its README says, to measure this app against in the same run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT } from './paths.mjs';
import { spawnGroup, stop } from './processes.mjs';
import { freePort, HOST, waitUntilUp } from './server.mjs';

export const ANCHOR_SOURCE = join(ROOT, '..', 'shared', 'anchors', 'naive-react-leaflet');
// Outside the project: Next would take this project's root (and its proxy.ts) for the copy's.
const COPY = join(tmpdir(), 'bjo-atlas-bench-naive-react-leaflet');
const TILE_URL = '/tile.png?z={z}&x={x}&y={y}';

/** The anchor's source files, as one string: the copy is rebuilt when they change. */
function sourceStamp() {
  const files = [
    'package.json',
    'package-lock.json',
    'next.config.ts',
    'app/page.tsx',
    'app/LeafletMap.tsx',
  ];
  return files.map((f) => readFileSync(join(ANCHOR_SOURCE, f), 'utf8')).join('\n');
}

/**
 * Builds the anchor in .bench/naive-react-leaflet (once, again when its source changes) and
 * serves it with its own `next start` on a free loopback port. null when shared/ is absent.
 */
export async function startAnchor() {
  if (!existsSync(ANCHOR_SOURCE)) return null;
  const stampFile = join(COPY, '.bench-stamp');
  const stamp = sourceStamp();
  const built =
    existsSync(join(COPY, '.next', 'BUILD_ID')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp;
  if (!built) {
    console.log(`  building the anchor in ${COPY} …`);
    rmSync(COPY, { recursive: true, force: true });
    cpSync(ANCHOR_SOURCE, COPY, { recursive: true });
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_TILE_URL: TILE_URL };
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: COPY, stdio: 'inherit', env });
    execFileSync('npm', ['run', 'build'], { cwd: COPY, stdio: 'inherit', env });
    writeFileSync(stampFile, stamp);
  }
  const port = await freePort();
  const bin = join(COPY, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawnGroup(process.execPath, [bin, 'start', '-p', String(port), '-H', HOST], {
    cwd: COPY,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  const baseUrl = `http://${HOST}:${port}`;
  await waitUntilUp(`${baseUrl}/`, child);
  return { baseUrl, close: () => stop(child) };
}
