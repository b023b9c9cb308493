import type { NextConfig } from 'next';

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

/** Only the embed view (/embed/…) may be shown inside another site's frame. */
const noFraming = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
];
const anyFraming = [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) with tsc before it builds.
  typescript: { ignoreBuildErrors: true },
  ...(isStaticExport
    ? { output: 'export', trailingSlash: false }
    : {
        async headers() {
          return [
            { source: '/:path*', headers: securityHeaders },
            { source: '/((?!embed(?:/|$)).*)', headers: noFraming },
            { source: '/embed/:path*', headers: anyFraming },
            { source: '/embed', headers: anyFraming },
          ];
        },
      }),
};

export default nextConfig;
