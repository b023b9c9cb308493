import { LOCALES, alternatePaths, localizePath, type Locale } from '@/lib/i18n/locales';

/** One page of the sitemap: its URL in one language and the same page in every language. */
export type SitemapEntry = { url: string; alternates: { languages: Record<string, string> } };

/**
 * The paths of every page a search engine should find, unprefixed: the home page, each place,
 * province and city. Not the embed view (made to sit in another site's frame) nor the finder's
 * result page (a query, not a page).
 */
export function sitePaths(ids: {
  places: readonly string[];
  regions: readonly string[];
  cities: readonly string[];
}): string[] {
  return [
    '/',
    ...ids.places.map((id) => `/place/${id}`),
    ...ids.regions.map((id) => `/region/${id}`),
    ...ids.cities.map((id) => `/city/${id}`),
  ];
}

/**
 * Every page in every language, absolute on `origin`, each with its `hreflang` alternates
 * (the three languages and `x-default`). No `lastmod`: the data has no date per page.
 */
export function sitemapEntries(origin: string, paths: readonly string[]): SitemapEntry[] {
  const absolute = (path: string) => new URL(path, origin).href;
  return paths.flatMap((path) => {
    const languages = Object.fromEntries(
      Object.entries(alternatePaths(path)).map(([tag, p]) => [tag, absolute(p)]),
    );
    return LOCALES.map((locale: Locale) => ({
      url: absolute(localizePath(locale, path)),
      alternates: { languages },
    }));
  });
}
