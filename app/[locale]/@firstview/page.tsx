import { setRequestLocale } from 'next-intl/server';
import FirstView from '@/components/FirstView';
import { loadAtlas } from '@/lib/atlas/load-atlas';
import { localeFromSegment } from '@/lib/i18n/locales';

type Props = { params: Promise<{ locale?: string }> };

/**
 * The layout's `firstview` slot on the home page: the map's first view, drawn by the server
 * (the other pages' maps open on another view, and carry none of it: see default.tsx).
 */
export default async function HomeFirstView({ params }: Props) {
  const locale = localeFromSegment((await params).locale);
  setRequestLocale(locale);
  const { mapData } = loadAtlas(locale);
  return <FirstView locale={locale} places={mapData.places} regions={mapData.regions} />;
}
