'use client';

import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_NAMES, LOCALES, localizePath, splitLocalePath } from '@/lib/i18n/locales';

/**
 * The same page in the other languages. Each link takes the query and hash at the moment it is
 * followed, so the selection, view, layers and date carry over; a full page load, because each
 * language has its own `<html lang>`.
 */
export default function LanguageSwitch() {
  const t = useTranslations('Site');
  const current = useLocale();
  const { path } = splitLocalePath(usePathname());
  function withState(e: React.SyntheticEvent<HTMLAnchorElement>) {
    const a = e.currentTarget;
    a.href = a.pathname + window.location.search + window.location.hash;
  }
  return (
    <nav className="language-switch" aria-label={t('language')}>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={localizePath(locale, path)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              onClick={withState}
              onPointerDown={withState}
              onFocus={withState}
              aria-label={LOCALE_NAMES[locale].name}
              title={LOCALE_NAMES[locale].name}
            >
              {LOCALE_NAMES[locale].short}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
