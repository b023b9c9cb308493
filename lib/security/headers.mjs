// The response headers of every page and file, in one place for both ways the site is served:
// `next start` (proxy.ts) and the static export's host configuration
// (scripts/write-host-config.mjs writes serve.json, _headers and an nginx include from it).
// Plain JavaScript with types beside it (headers.d.mts), so the Node script can import it.
import { createHash } from 'node:crypto';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The CSP source expressions (`'sha256-…'`) of the inline `<script>`s in an HTML page, in the
 * order they first appear, each once. Scripts with a `src` are left out: `'self'` covers them.
 * The hash is of the script's text exactly as written, as browsers compute it.
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes ?? '')) continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(body ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [...hashes];
}

/**
 * The tile server's origin as a CSP source (`{s}` subdomains become `*.`), or null if the
 * template is not an http(s) URL.
 */
export function tileOrigin(url) {
  try {
    const marked = url.replace('{s}', 'subdomain').replace(/\{[a-z]\}/g, '0');
    const { protocol, host } = new URL(marked);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return `${protocol}//${url.includes('{s}') ? host.replace('subdomain', '*') : host}`;
  } catch {
    return null;
  }
}

/**
 * The Content-Security-Policy header of a page: scripts only from this origin and the page's
 * own inline scripts by hash (never `'unsafe-eval'` outside development), styles from this
 * origin plus inline (Leaflet and React set style attributes), images from this origin, data:
 * and blob: URLs (the PNG download) and the tile server, fetches only to this origin.
 */
export function contentSecurityPolicy({
  scriptHashes,
  frameable,
  tileOrigin,
  development = false,
  meta = false,
}) {
  const scripts = development
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", ...scriptHashes];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "font-src 'self'",
    // The PNG download reads the tiles it draws (html-to-image fetches each image it inlines).
    `connect-src 'self'${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // A <meta> policy cannot say who may frame the page: that stays a header.
    ...(meta ? [] : [`frame-ancestors ${frameable ? '*' : "'none'"}`]),
  ].join('; ');
}

/**
 * The header policy of a static page whose own policy, with its script hashes, is in a
 * `<meta http-equiv>` tag (for hosts that cannot give each page its own header): only what a
 * meta policy cannot say, and nothing that would restrict scripts a second time.
 */
export function framingPolicy({ frameable }) {
  return [
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? '*' : "'none'"}`,
  ].join('; ');
}

/** One year and a bit: what HSTS preload lists and the Observatory ask for. */
const HSTS = 'max-age=63072000; includeSubDomains';

/** True when the public origin is served over HTTPS (then, and only then, HSTS is sent). */
export function isHttpsSite(siteUrl) {
  try {
    return new URL(siteUrl ?? '').protocol === 'https:';
  } catch {
    return false;
  }
}

/** Headers every response gets, page or file. */
export function baseHeaders({ siteUrl }) {
  return [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ...(isHttpsSite(siteUrl) ? [['Strict-Transport-Security', HSTS]] : []),
  ];
}

/**
 * A page's headers: the base ones, its own CSP, framing only for the embed view, and a short
 * browser cache that revalidates (a new build changes the page's script hashes).
 */
export function pageHeaders({ scriptHashes, frameable, tileOrigin, siteUrl, development = false }) {
  return [
    ...baseHeaders({ siteUrl }),
    [
      'Content-Security-Policy',
      contentSecurityPolicy({ scriptHashes, frameable, tileOrigin, development }),
    ],
    ...(frameable ? [] : [['X-Frame-Options', 'DENY']]),
    ['Cache-Control', 'public, max-age=300, must-revalidate'],
  ];
}

/** A file that is not a page (data downloads, images): nothing in it runs, nothing frames it. */
export function fileHeaders({ siteUrl }) {
  return [
    ...baseHeaders({ siteUrl }),
    ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
    ['X-Frame-Options', 'DENY'],
  ];
}

/** Next's hashed build assets never change under their name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The only methods the site answers: it has no forms and no API. */
export const ALLOWED_METHODS = ['GET', 'HEAD'];

/**
 * What is wrong with SITE_URL for link previews and canonical URLs, or null: unset, not an
 * absolute http(s) URL, or this machine. Printed once by `npm start` and `npm run build:static`.
 */
export function siteUrlProblem(siteUrl) {
  const fix =
    'Set SITE_URL to the public origin (e.g. SITE_URL=https://atlas.example.org) before building.';
  if (!siteUrl)
    return `SITE_URL is not set: canonical URLs and link previews will point at http://localhost:3000. ${fix}`;
  let url;
  try {
    url = new URL(siteUrl);
  } catch {
    return `SITE_URL (${siteUrl}) is not an absolute URL. ${fix}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL (${siteUrl}) is not an http(s) URL. ${fix}`;
  if (['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    return `SITE_URL (${siteUrl}) is this machine: link previews will not load elsewhere. ${fix}`;
  return null;
}

/** The origin that absolute URLs are built on: SITE_URL when it is a usable http(s) URL. */
export function siteOrigin(siteUrl) {
  try {
    const url = new URL(siteUrl ?? '');
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
  } catch {
    // falls through to the local default; `siteUrlProblem` says why
  }
  return 'http://localhost:3000';
}
