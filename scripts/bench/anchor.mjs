// The naive react-leaflet page of ../shared/anchors, built and served from a copy in the temp dir,
// as its README says, to measure this app against in the same run. Also the framework floor: the
// same copy (same Next, React, config and lock file) with its page replaced by two lines of static
// text and no client component, i.e. what Next 16 + React 19 cost on this machine before any app
// code runs.
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
const FLOOR_COPY = join(tmpdir(), 'bjo-atlas-bench-next-floor');
const TILE_URL = '/tile.png?z={z}&x={x}&y={y}';

/** The floor's whole page: a heading and a paragraph, server-rendered, nothing interactive. */
const FLOOR_PAGE = `export default function Page() {
  return (
    <main>
      <h1>HK SAR Beijing Office</h1>
      <p>Static text only: Next.js and React load and hydrate, no client component.</p>
    </main>
  );
}
`;
// The anchor's map files, removed from the floor's copy so nothing imports Leaflet.
const FLOOR_REMOVED = ['app/LeafletMap.tsx', 'app/MapLoader.tsx', 'app/default-icon'];

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
 * Builds the anchor in the temp dir (once, again when its source changes) and serves it with its
 * own `next start` on a free loopback port. null when shared/ is absent.
 */
export async function startAnchor() {
  if (!existsSync(ANCHOR_SOURCE)) return null;
  await ensureBuilt(COPY, sourceStamp(), () => {
    console.log(`  building the anchor in ${COPY} …`);
    rmSync(COPY, { recursive: true, force: true });
    cpSync(ANCHOR_SOURCE, COPY, { recursive: true });
  });
  return serve(COPY);
}

/**
 * The framework floor (see the top of this file), built from a copy of the anchor's sources with
 * its page replaced; served like the anchor. null when shared/ is absent.
 */
export async function startFloor() {
  if (!existsSync(ANCHOR_SOURCE)) return null;
  await ensureBuilt(FLOOR_COPY, sourceStamp() + FLOOR_PAGE, () => {
    console.log(`  building the framework floor in ${FLOOR_COPY} …`);
    rmSync(FLOOR_COPY, { recursive: true, force: true });
    cpSync(ANCHOR_SOURCE, FLOOR_COPY, { recursive: true });
    for (const f of FLOOR_REMOVED) rmSync(join(FLOOR_COPY, f), { recursive: true, force: true });
    writeFileSync(join(FLOOR_COPY, 'app', 'page.tsx'), FLOOR_PAGE);
  });
  return serve(FLOOR_COPY);
}

/** Copies (`prepare`), installs and builds `dir` unless it was built from the same `stamp`. */
async function ensureBuilt(dir, stamp, prepare) {
  const stampFile = join(dir, '.bench-stamp');
  const built =
    existsSync(join(dir, '.next', 'BUILD_ID')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp;
  if (built) return;
  prepare();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_TILE_URL: TILE_URL };
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit', env });
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'inherit', env });
  writeFileSync(stampFile, stamp);
}

/** `next start` in `dir` on a free loopback port. */
async function serve(dir) {
  const port = await freePort();
  const bin = join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawnGroup(process.execPath, [bin, 'start', '-p', String(port), '-H', HOST], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  const baseUrl = `http://${HOST}:${port}`;
  await waitUntilUp(`${baseUrl}/`, child);
  return { baseUrl, close: () => stop(child) };
}
