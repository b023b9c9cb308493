'use client';

import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_NAMES, LOCALES, localizePath, splitLocalePath } from '@/lib/i18n/locales';

/**
 * The same page in the other languages. The links keep the view and hash as well as the
 * layers and date (`data-keep-view`, added by the app's link listener when one is followed);
 * a full page load, because each language has its own `<html lang>`.
 */
export default function LanguageSwitch() {
  const t = useTranslations('Site');
  const current = useLocale();
  const { path } = splitLocalePath(usePathname());
  return (
    <nav className="language-switch" aria-label={t('language')}>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={localizePath(locale, path)}
              data-keep-view=""
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
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
