import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { baseHeaders, fileHeaders, type Header } from './lib/security/headers.mjs';

// Messages are compiled at build time, so the browser gets no ICU message parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    messages: {
      path: './lib/i18n/messages',
      format: 'json',
      locales: 'infer',
      precompile: true,
    },
  },
});

/** `npm run build:static` sets BUILD_STATIC=1 to write a static export to out/. */
const isStaticExport = process.env.BUILD_STATIC === '1';

const siteUrl = process.env.SITE_URL;
const asNext = (headers: Header[]) => headers.map(([key, value]) => ({ key, value }));

/**
 * Files (data downloads, images) get lib/security/headers.mjs's file headers; the embed view
 * may be framed by any site. Pages get their whole set, their CSP with script hashes, from
 * proxy.ts, which replaces these.
 */
const anyFraming = [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }];
const EMBED_SOURCE = '/:lang(en|zh-hans)?/embed/:path*';
const NOT_EMBED_SOURCE = '/((?!(?:en/|zh-hans/)?embed(?:/|$)).*)';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // `*.dynamic.ts` files answer requests that a static host cannot (the finder's result page
  // for browsers without JavaScript): in the server build, not in the static export.
  pageExtensions: isStaticExport ? ['tsx', 'ts'] : ['tsx', 'ts', 'dynamic.ts'],
  poweredByHeader: false,
  // PROFILE_SOURCE_MAPS=1 npm run build: browser source maps, to read a CPU profile by source name.
  productionBrowserSourceMaps: process.env.PROFILE_SOURCE_MAPS === '1',
  // `npm test` type-checks the whole project (tests included) with tsc before it builds.
  typescript: { ignoreBuildErrors: true },
  // Unmatched addresses get app/global-not-found.tsx: there are two root layouts, one per tree.
  experimental: { globalNotFound: true },
  ...(isStaticExport
    ? // The export goes to out/, but the build behind it replaces parts of .next/: the
      // build:static script then drops .next/BUILD_ID, so `npm start` builds again.
      { output: 'export', trailingSlash: false }
    : {
        async headers() {
          return [
            { source: EMBED_SOURCE, headers: [...asNext(baseHeaders({ siteUrl })), ...anyFraming] },
            { source: NOT_EMBED_SOURCE, headers: asNext(fileHeaders({ siteUrl })) },
          ];
        },
      }),
};

export default withNextIntl(nextConfig);
