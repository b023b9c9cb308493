import type { Metadata } from 'next';
import { alternatePaths, localizePath, type Locale } from './locales';

/**
 * A page's canonical URL in `locale` and its `hreflang` alternates in every language, for
 * Next's `metadata.alternates`. `path` is the unprefixed path (`/place/<id>`).
 */
export function pageAlternates(locale: Locale, path: string): Metadata['alternates'] {
  return { canonical: localizePath(locale, path), languages: alternatePaths(path) };
}
