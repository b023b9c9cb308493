import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

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

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
];

/**
 * Only the embed view (/embed/…, /en/embed/…) may be shown inside another site's frame. Pages
 * get their whole Content-Security-Policy (scripts by hash) from proxy.ts, which replaces this
 * one; it stays for what the proxy does not see (data downloads, images).
 */
const noFraming = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
];
const anyFraming = [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }];
const EMBED_SOURCE = '/:lang(en|zh-hans)?/embed/:path*';
const NOT_EMBED_SOURCE = '/((?!(?:en/|zh-hans/)?embed(?:/|$)).*)';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) with tsc before it builds.
  typescript: { ignoreBuildErrors: true },
  // Unmatched addresses get app/global-not-found.tsx: there are two root layouts, one per tree.
  experimental: { globalNotFound: true },
  ...(isStaticExport
    ? { output: 'export', trailingSlash: false }
    : {
        async headers() {
          return [
            { source: '/:path*', headers: securityHeaders },
            { source: EMBED_SOURCE, headers: anyFraming },
            { source: NOT_EMBED_SOURCE, headers: noFraming },
          ];
        },
      }),
};

export default withNextIntl(nextConfig);
