'use client';

import { useEffect, useSyncExternalStore } from 'react';
import {
  DEFAULT_LOCALE,
  LOCALES,
  localizePath,
  splitLocalePath,
  type Locale,
} from '@/lib/i18n/locales';

export type NotFoundWords = { title: string; text: string; back: string };

type Props = { words: Record<Locale, NotFoundWords> };

const never = () => () => {};

/**
 * What the 404 page says, its title included. It is one prerendered page for every unmatched
 * address (also in the static export), so the address's language is read here, in the browser,
 * from its prefix: under `/en/…` or `/zh-hans/…` the page speaks that language alone and says
 * so in `<html lang>`. Without a prefix, and in the HTML before the script runs, the language
 * is unknown and the page speaks all three.
 */
export default function NotFoundSections({ words }: Props) {
  const pathname = useSyncExternalStore(
    never,
    () => window.location.pathname,
    () => null,
  );
  const prefixed = pathname === null ? DEFAULT_LOCALE : splitLocalePath(pathname).locale;
  const only = prefixed === DEFAULT_LOCALE ? null : prefixed;
  const shown = only ? [only] : LOCALES;
  useEffect(() => {
    if (only) document.documentElement.lang = only;
  }, [only]);
  return (
    <>
      <title>{`${shown.map((l) => words[l].title).join(' · ')} · BJO Atlas`}</title>
      {shown.map((locale) => (
        <section key={locale} lang={locale}>
          <h1>{words[locale].title}</h1>
          <p>{words[locale].text}</p>
          <p>
            <a href={localizePath(locale, '/')}>{words[locale].back}</a>
          </p>
        </section>
      ))}
    </>
  );
}
