/**
 * The atlas's languages. zh-Hant, the article's own, is the default and has no path prefix;
 * the others live under `/zh-hans/…` and `/en/…`. Tags are BCP 47, as in `<html lang>` and
 * `hreflang`; prefixes are lower case, as URLs usually are.
 */
export const LOCALES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-Hant';

/**
 * Each language's name in itself, and the short form the language switch shows. The name
 * starts with the short form as a word, so the link's spoken name contains what it shows.
 */
export const LOCALE_NAMES: Record<Locale, { name: string; short: string }> = {
  'zh-Hant': { name: '繁體中文', short: '繁' },
  'zh-Hans': { name: '简体中文', short: '简' },
  en: { name: 'EN English', short: 'EN' },
};

const PREFIXES: Record<Locale, string> = { 'zh-Hant': '', 'zh-Hans': '/zh-hans', en: '/en' };

/** The languages with a path prefix: the `[locale]` segment's static params. */
export const PREFIXED_LOCALES = LOCALES.filter((l) => PREFIXES[l] !== '');

/** The `[locale]` segment's static params: `{ locale: 'zh-hans' }`, `{ locale: 'en' }`. */
export function localeParams(): { locale: string }[] {
  return PREFIXED_LOCALES.map((l) => ({ locale: PREFIXES[l].slice(1) }));
}

/** The language of a `[locale]` path segment; the default language for anything else. */
export function localeFromSegment(segment: string | undefined): Locale {
  return LOCALES.find((l) => PREFIXES[l] !== '' && PREFIXES[l] === `/${segment}`) ?? DEFAULT_LOCALE;
}

/**
 * Splits a path into its language and the path without the prefix: `/en/place/x` →
 * `{ locale: 'en', path: '/place/x' }`, `/place/x` → the default language and the same path.
 * Never throws; a null path is `/`.
 */
export function splitLocalePath(pathname: string | null): { locale: Locale; path: string } {
  const path = pathname || '/';
  for (const locale of LOCALES) {
    const prefix = PREFIXES[locale];
    if (!prefix) continue;
    if (path === prefix || path === `${prefix}/`) return { locale, path: '/' };
    if (path.startsWith(`${prefix}/`)) return { locale, path: path.slice(prefix.length) };
  }
  return { locale: DEFAULT_LOCALE, path };
}

/** A path (starting with `/`, query allowed) in a language: `/place/x` → `/en/place/x`. */
export function localizePath(locale: Locale, path: string): string {
  const prefix = PREFIXES[locale];
  if (!prefix) return path;
  return path === '/' || path.startsWith('/?') ? prefix + path.slice(1) : prefix + path;
}

/**
 * The same page in every language, for `hreflang` alternates: tag → path, plus `x-default`
 * (the default language's path). `path` is unprefixed.
 */
export function alternatePaths(path: string): Record<Locale | 'x-default', string> {
  const entries = LOCALES.map((l) => [l, localizePath(l, path)] as const);
  return { ...Object.fromEntries(entries), 'x-default': path } as Record<
    Locale | 'x-default',
    string
  >;
}

/**
 * The language of the Chinese content (the article, Chinese addresses) on a page in `locale`:
 * Simplified on Simplified pages, otherwise the article's own Traditional.
 */
export function contentLang(locale: Locale): 'zh-Hant' | 'zh-Hans' {
  return locale === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant';
}
