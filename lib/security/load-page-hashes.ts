import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashes } from './headers.mjs';

/**
 * The inline-script hashes of every page `next build` prerendered, by route (`/`,
 * `/en/place/beijing-office`, `/_not-found` …), read from the build in `distDir` once.
 * Only routes listed in the prerender manifest are read, never paths taken from a request.
 * Server-only (Node). On a missing or unreadable build it returns an empty table and says so:
 * pages then get no inline-script hashes, and their scripts are blocked rather than allowed.
 */
export function loadPageHashes(distDir: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  let routes: string[];
  try {
    const manifest = JSON.parse(readFileSync(join(distDir, 'prerender-manifest.json'), 'utf8'));
    routes = Object.keys(manifest.routes ?? {});
  } catch (error) {
    console.error(
      `CSP: no prerender manifest in ${distDir}; inline scripts will be blocked`,
      error,
    );
    return table;
  }
  for (const route of routes) {
    const file = join(distDir, 'server', 'app', `${route === '/' ? '/index' : route}.html`);
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      continue; // route handlers and images have no HTML
    }
    table.set(route, inlineScriptHashes(html));
  }
  return table;
}
