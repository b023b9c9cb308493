import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import ArticleView from '@/components/ArticleView';
import JurisdictionSummary from '@/components/JurisdictionSummary';
import PlaceListView from '@/components/PlaceListView';
import { placeListItems } from '@/lib/url/place-list';
import { localeFromSegment } from '@/lib/i18n/locales';
import { pageAlternates } from '@/lib/i18n/page-alternates';
import { loadAtlas } from '@/lib/atlas/load-atlas';
import { HOME_OFFICE_ID } from '@/lib/atlas/describe-place';

type Props = { params: Promise<{ locale?: string }> };

/** The home page is titled with the office's name in the page's language. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeFromSegment((await params).locale);
  const office = loadAtlas(locale).places.find((p) => p.id === HOME_OFFICE_ID);
  return {
    ...(office && { title: office.names[locale] }),
    alternates: pageAlternates(locale, '/'),
  };
}

export default async function HomePage({ params }: Props) {
  const locale = localeFromSegment((await params).locale);
  setRequestLocale(locale);
  const { article, marks, mapData, jurisdiction } = loadAtlas(locale);
  return (
    <ArticleView article={article} marks={marks}>
      <JurisdictionSummary regions={mapData.regions} places={mapData.places} area={jurisdiction} />
      <PlaceListView {...placeListItems(mapData.places, mapData.regions, null, locale)} />
    </ArticleView>
  );
}
