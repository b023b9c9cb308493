import { join } from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';
import { loadPageHashes } from '@/lib/security/load-page-hashes';
import { isEmbedPath } from '@/lib/url/selection';
import { tileOrigin } from '@/lib/map/tiles';

const development = process.env.NODE_ENV === 'development';
const tiles = tileOrigin();
let pageHashes: Map<string, string[]> | undefined;

/**
 * Every page gets its Content-Security-Policy here: the pages are prerendered, so instead of
 * nonces (which need a render per request) each page's own inline scripts are allowed by hash,
 * read once from the build (`next start` runs from the project root). A path with broken
 * percent-encoding (`/place/%E0%A4%A`) gets a plain 400 instead of a router error.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse(BAD_ADDRESS_PAGE, {
      status: 400,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy':
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      },
    });
  }
  pageHashes ??= development ? new Map() : loadPageHashes(join(process.cwd(), '.next'));
  // An unknown path is answered by the not-found page, so it gets that page's hashes.
  const scriptHashes = pageHashes.get(pathname) ?? pageHashes.get('/_not-found') ?? [];
  const response = NextResponse.next();
  response.headers.set(
    'Content-Security-Policy',
    contentSecurityPolicy({
      scriptHashes,
      frameable: isEmbedPath(pathname),
      tileOrigin: tiles,
      development,
    }),
  );
  return response;
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
      // Pages only: not Next's assets, the data downloads, the icon or the preview images.
      source: '/((?!_next/|data/|icon\\.svg|favicon\\.ico|.*opengraph-image).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
