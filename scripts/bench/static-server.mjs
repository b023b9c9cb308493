#!/usr/bin/env node
// A plain static file server for the static export, for `npm run bench:load`:
//   node scripts/bench/static-server.mjs --dir out --port 4000
// Listens on 127.0.0.1 only. `/` → index.html, `/place/x` → place/x.html (as a static host
// with clean URLs would), files as they are; anything else → 404.html with status 404.
// No compression, no caching headers: each request reads the file (the OS caches it).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from './args.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file for a URL path, or null. Never leaves `root`. */
async function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const base = normalize(join(root, decoded));
  if (base !== root && !base.startsWith(root + sep)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

export function startStaticServer(root, port) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = await resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    try {
      const body = await readFile(path);
      res.writeHead(status, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  server.listen(port, '127.0.0.1');
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs();
  const root = resolve(String(args.dir ?? 'out'));
  const server = startStaticServer(root, Number(args.port ?? 4000));
  server.on('listening', () =>
    console.log(`static: serving ${root} at http://127.0.0.1:${args.port}`),
  );
}
