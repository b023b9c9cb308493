import type { MetadataRoute } from 'next';
import { loadCities } from '@/lib/atlas/cities';
import { loadAtlas } from '@/lib/atlas/load-atlas';
import { loadNetwork } from '@/lib/network/load';
import { siteOrigin } from '@/lib/security/headers.mjs';
import { sitemapEntries, sitePaths } from '@/lib/seo/sitemap';

// Written once at build time (and into the static export).
export const dynamic = 'force-static';

/** `/sitemap.xml`: every page in each language with its alternates, on SITE_URL. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { mapData } = loadAtlas();
  const paths = sitePaths({
    places: [...mapData.places, ...loadNetwork().records.values()].map((p) => p.id),
    regions: mapData.regions.map((r) => r.id),
    cities: loadCities().map((c) => c.id),
  });
  return sitemapEntries(siteOrigin(process.env.SITE_URL), paths);
}
