// Runs after `npm run build:static`: writes the static export's host configuration into out/,
// from the same header source as `next start` (lib/security/headers.mjs):
//   each page       its own Content-Security-Policy, with the hashes of its inline scripts, as
//                   a <meta http-equiv> tag, so the export is safe on any host as it is
//   out/_headers    Netlify and Cloudflare Pages: every page's full headers
//   out/nginx.conf  an nginx include (see README, "Static export"): the same, and each prefixed
//                   language's unknown addresses to its own not-found page
//   out/_redirects  Netlify: the same not-found routing (Cloudflare Pages finds the nearest
//                   404.html by itself)
//   out/serve.json  for `npx serve out`, which takes at most 50 rules: the shared headers, and
//                   for pages the framing policy beside their meta policy
// Link-preview images have no file extension, so each config also says they are image/png.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  baseHeaders,
  contentSecurityPolicy,
  framingPolicy,
  fileHeaders,
  inlineScriptHashes,
  pageHeaders,
  siteUrlProblem,
  tileOrigin,
} from '../lib/security/headers.mjs';
import { DEFAULT_TILE_URL } from '../lib/map/tile-url.mjs';

const OUT = process.argv[2] ?? 'out';
const siteUrl = process.env.SITE_URL;
const tiles = tileOrigin(process.env.NEXT_PUBLIC_TILE_URL || DEFAULT_TILE_URL);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield relative(OUT, path).split(sep).join('/');
  }
}

const files = [...walk(OUT)];
/** The tag this script adds, so that running it again replaces it. */
const META = /<meta http-equiv="Content-Security-Policy" data-host-config=""[^>]*\/>/g;
const isEmbed = (route) => /^\/(?:(?:en|zh-hans)\/)?embed(?:\/|$)/.test(route);
/** `place/x.html` → `/place/x`, `index.html` → `/`, `en.html` → `/en`. */
const routeOf = (file) => `/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}` || '/';

const pages = files
  .filter((f) => f.endsWith('.html'))
  .map((file) => {
    const route = routeOf(file);
    const html = readFileSync(join(OUT, file), 'utf8').replace(META, '');
    const scriptHashes = inlineScriptHashes(html);
    const policy = contentSecurityPolicy({
      scriptHashes,
      frameable: isEmbed(route),
      tileOrigin: tiles,
      meta: true,
    });
    const tag = `<meta http-equiv="Content-Security-Policy" data-host-config="" content="${policy.replaceAll('"', '&quot;')}"/>`;
    // First in <head>, after the charset, so it covers every script that follows.
    const withMeta = /<meta charSet="utf-8"\/>/i.test(html)
      ? html.replace(/<meta charSet="utf-8"\/>/i, (m) => m + tag)
      : html.replace(/<head>/i, (m) => m + tag);
    writeFileSync(join(OUT, file), withMeta);
    return {
      file,
      route,
      headers: pageHeaders({
        scriptHashes,
        frameable: isEmbed(route),
        tileOrigin: tiles,
        siteUrl,
      }),
    };
  })
  .sort((a, b) => a.route.localeCompare(b.route));
const previews = files.filter((f) => /(^|\/)opengraph-image[^/.]*$/.test(f));
/** Each prefixed language's own not-found page (app/[locale]/404), where the export has it. */
const LANGUAGE_404 = ['en', 'zh-hans']
  .map((lang) => ({ prefix: `/${lang}`, file: `${lang}/404.html` }))
  .filter(({ file }) => files.includes(file));
const others = fileHeaders({ siteUrl });
const png = ['Content-Type', 'image/png'];

// serve (serve-handler) matches each rule against the file it serves; later rules override.
const rule = (source, headers) => ({
  source,
  headers: headers.map(([key, value]) => ({ key, value })),
});
const shared = baseHeaders({ siteUrl });
const pageRule = (frameable) => [
  ...shared,
  ['Content-Security-Policy', framingPolicy({ frameable })],
  ['Cache-Control', 'public, max-age=300, must-revalidate'],
];
const serve = {
  cleanUrls: true,
  trailingSlash: false,
  directoryListing: false,
  headers: [
    rule('**/*', others),
    rule('**/*.html', pageRule(false)),
    rule('{embed,en/embed,zh-hans/embed}.html', pageRule(true)),
    rule('{embed,en/embed,zh-hans/embed}/**/*.html', pageRule(true)),
    rule('**/opengraph-image*', [...others, png]),
    rule('_next/static/**', [['Cache-Control', 'public, max-age=31536000, immutable']]),
  ],
};
writeFileSync(join(OUT, 'serve.json'), JSON.stringify(serve, null, 2) + '\n');

// Netlify / Cloudflare Pages combine every block that matches a path (a header named twice
// gets both values), so `/*` has only what all responses share and each other block only
// what its own paths add: a page's CSP never meets a file's.
const own = (headers) => headers.filter(([k]) => !shared.some(([s]) => s === k));
const block = (path, headers) => `${path}\n${headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
writeFileSync(
  join(OUT, '_headers'),
  [
    block('/*', shared),
    ...pages.map((p) => block(p.route, own(p.headers))),
    ...previews.map((f) => block(`/${f}`, [...own(others), png])),
    block('/data/*', own(others)),
    block('/icon.svg', own(others)),
    block('/sitemap.xml', own(others)),
    block('/robots.txt', own(others)),
    block('/_next/static/*', [['Cache-Control', 'public, max-age=31536000, immutable']]),
  ].join('\n'),
);

// nginx: exact locations per page (clean URLs to .html), the preview images as PNG.
const quote = (v) => `"${v.replace(/["\\]/g, '\\$&')}"`;
const addHeaders = (headers, indent) =>
  headers.map(([k, v]) => `${indent}add_header ${k} ${quote(v)} always;`).join('\n');
const nginx = [
  '# Generated by scripts/write-host-config.mjs for this build: include it in a server { } block',
  '# whose root is this folder. Each page gets its own Content-Security-Policy.',
  'index index.html;',
  'error_page 404 /404.html;',
  ...pages.map(
    (p) =>
      `location = ${p.route} {\n${addHeaders(p.headers, '  ')}\n  try_files /${p.file} =404;\n}`,
  ),
  `location ~ /opengraph-image[^/.]*$ {\n  default_type image/png;\n${addHeaders(others, '  ')}\n}`,
  `location /_next/static/ {\n  add_header Cache-Control "public, max-age=31536000, immutable" always;\n${addHeaders(others, '  ')}\n}`,
  `location / {\n${addHeaders(others, '  ')}\n  try_files $uri $uri.html =404;\n}`,
  // An unknown address under a language prefix gets that language's not-found page.
  ...LANGUAGE_404.map(
    ({ prefix, file }) =>
      `location ${prefix}/ {\n  error_page 404 /${file};\n${addHeaders(others, '  ')}\n  try_files $uri $uri.html =404;\n}`,
  ),
].join('\n');
writeFileSync(join(OUT, 'nginx.conf'), nginx + '\n');

// Netlify: an address under a language prefix that matches no file gets that language's
// not-found page with a 404 status (Cloudflare Pages serves the nearest 404.html by itself).
writeFileSync(
  join(OUT, '_redirects'),
  LANGUAGE_404.map(({ prefix, file }) => `${prefix}/*  /${file}  404`).join('\n') + '\n',
);

console.log(
  `Host configuration for ${pages.length} pages and ${previews.length} preview images: ${OUT}/serve.json, ${OUT}/_headers, ${OUT}/nginx.conf, ${OUT}/_redirects`,
);
const problem = siteUrlProblem(siteUrl);
if (problem) console.warn(`\nWarning: ${problem}\n`);
