import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { ALLOWED_METHODS, fileHeaders, pageHeaders, tileOrigin } from '@/lib/security/headers.mjs';
import { loadPageHashes } from '@/lib/security/load-page-hashes';
import { canonicalPagePath } from '@/lib/security/canonical-path';
import { isEmbedPath } from '@/lib/url/selection';
import { localizePath, splitLocalePath } from '@/lib/i18n/locales';
import { TILE_URL } from '@/lib/map/tiles';

const development = process.env.NODE_ENV === 'development';
const tiles = tileOrigin(TILE_URL);
const siteUrl = process.env.SITE_URL;
let pageHashes: Map<string, string[]> | undefined;

/**
 * In front of every request under `next start`:
 * - only GET and HEAD: anything else is a 405 with `Allow`, before Next renders anything;
 * - broken percent-encoding is a 400;
 * - another spelling of a prerendered page (`/index`, `/place/tianjin%2Dliaison-unit`) is a
 *   redirect to the page, so no request renders a static page on demand;
 * - each page gets its headers (lib/security/headers.mjs): its own Content-Security-Policy
 *   with the hashes of its inline scripts, read once from the build by canonical path.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!ALLOWED_METHODS.includes(request.method)) {
    return new NextResponse(
      `${request.method === 'TRACE' ? 'TRACE' : 'This method'} is not allowed here: this site only answers GET and HEAD.\n`,
      {
        status: 405,
        headers: { Allow: ALLOWED_METHODS.join(', '), 'Content-Type': 'text/plain; charset=utf-8' },
      },
    );
  }
  if (!isPagePath(pathname)) {
    // Files (data downloads, images, build assets): nothing in them runs, nothing frames them.
    // Set here as well as in next.config.ts, which prerendered route responses do not get.
    const response = NextResponse.next();
    for (const [name, value] of fileHeaders({ siteUrl })) response.headers.set(name, value);
    return response;
  }

  pageHashes ??= development ? new Map() : loadPageHashes(join(process.cwd(), '.next'));
  const canonical = canonicalPagePath(pathname);
  if (canonical === null) {
    return new NextResponse(BAD_ADDRESS_PAGE, {
      status: 400,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy':
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      },
    });
  }
  if (canonical !== pathname && (development || pageHashes.has(canonical))) {
    const to = request.nextUrl.clone();
    to.pathname = canonical;
    return NextResponse.redirect(to, 308);
  }
  // An unknown address under a language prefix gets that language's not-found page (prerendered
  // at /en/404, /zh-hans/404) with a 404 status: it speaks that language alone, without
  // JavaScript too. Unprefixed, the language is unknown: Next's not-found page speaks all three.
  const { locale, path } = splitLocalePath(canonical);
  const prefix = localizePath(locale, '/'); // '/' for the default language
  const notFound =
    // (Not without a readable build: every page would look unknown.)
    prefix !== '/' &&
    !development &&
    pageHashes.size > 0 &&
    !pageHashes.has(canonical) &&
    path !== '/find' // the finder's result page, answered on request
      ? languageNotFoundPage(prefix)
      : null;
  if (notFound) {
    // Served from here: a rewrite to the page would keep its 200.
    const response = new NextResponse(request.method === 'HEAD' ? null : notFound, {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
    return withPageHeaders(response, pageHashes.get(`${prefix}/404`) ?? [], false);
  }
  // An unknown path is answered by a not-found page: it gets that page's hashes.
  const scriptHashes =
    pageHashes.get(pathname) ??
    pageHashes.get(`${prefix === '/' ? '' : prefix}/_not-found`) ??
    pageHashes.get('/_not-found') ??
    [];
  return withPageHeaders(NextResponse.next(), scriptHashes, isEmbedPath(pathname));
}

/** A page's headers (lib/security/headers.mjs), its CSP with its own inline-script hashes. */
function withPageHeaders(response: NextResponse, scriptHashes: string[], frameable: boolean) {
  for (const [name, value] of pageHeaders({
    scriptHashes,
    frameable,
    tileOrigin: tiles,
    siteUrl,
    development,
  }))
    response.headers.set(name, value);
  return response;
}

/** Pages, not Next's assets, the data downloads, the icon, the preview images, the sitemap or robots.txt. */
function isPagePath(pathname: string): boolean {
  return !/^\/(_next\/|data\/|icon\.svg$|favicon\.ico$|sitemap\.xml$|robots\.txt$)|opengraph-image/.test(
    pathname,
  );
}

const notFoundPages = new Map<string, string | null>();

/**
 * The prerendered HTML of a prefixed language's not-found page (app/[locale]/404), read once.
 * `prefix`: the language's path prefix, `/en`.
 */
function languageNotFoundPage(prefix: string): string | null {
  if (!notFoundPages.has(prefix)) {
    let html: string | null = null;
    try {
      html = readFileSync(
        join(process.cwd(), '.next', 'server', 'app', `${prefix}/404.html`),
        'utf8',
      );
    } catch {
      html = null; // no such page in this build: Next's own not-found page answers
    }
    notFoundPages.set(prefix, html);
  }
  return notFoundPages.get(prefix) ?? null;
}

// Fixed text: nothing from the request is echoed back.
const BAD_ADDRESS_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Bad address · BJO Atlas</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<body style="font-family:system-ui,sans-serif;margin:2rem"><h1>Bad address</h1>
<p>This link has broken percent-encoding, so it names no place or province.</p>
<p><a href="/en">Back to the map of the office</a></p>
<p lang="zh-Hant">此連結的百分號編碼有誤，不指向任何地點或省份。<a href="/">返回辦事處地圖</a></p></body></html>`;

export const config = {
  matcher: [
    {
      // Every request but a client navigation's prefetch: methods are checked for all of them.
      source: '/:path*',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
