import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import NotFound from '../not-found';
import { localeFromSegment } from '@/lib/i18n/locales';

type Props = { params: Promise<{ locale?: string }> };

/**
 * The not-found page of a prefixed language (`/en/404`, `/zh-hans/404`), prerendered, so that an
 * unknown address under `/en/…` or `/zh-hans/…` answers in that language alone with JavaScript
 * off too: `next start` serves it with a 404 status for such addresses (proxy.ts), and the static
 * export's host configurations route them to `en/404.html`, `zh-hans/404.html`. Not indexed.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromSegment((await params).locale);
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

export default async function LanguageNotFound({ params }: Props) {
  setRequestLocale(localeFromSegment((await params).locale));
  return <NotFound />;
}
