import type { MetadataRoute } from 'next';
import { siteOrigin } from '@/lib/security/headers.mjs';

// Written once at build time (and into the static export).
export const dynamic = 'force-static';

/**
 * `/robots.txt`: everything may be crawled but the embed view (the same pages, made for another
 * site's frame) and the finder's result page (a query); the sitemap lists the rest.
 */
export default function robots(): MetadataRoute.Robots {
  const origin = siteOrigin(process.env.SITE_URL);
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/embed/', '/zh-hans/embed/', '/en/embed/', '/find', '/zh-hans/find', '/en/find'],
    },
    sitemap: new URL('/sitemap.xml', origin).href,
  };
}
