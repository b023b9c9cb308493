import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import PlaceNav from '@/components/PlaceNav';
import PlacePanel from '@/components/PlacePanel';
import { localeFromSegment } from '@/lib/i18n/locales';
import { pageAlternates } from '@/lib/i18n/page-alternates';
import { describePlace } from '@/lib/atlas/describe-place';
import { loadAtlas, mentionsOfPlace } from '@/lib/atlas/load-atlas';
import { selectionPath } from '@/lib/url/selection';

type Props = { params: Promise<{ locale?: string; id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadAtlas().places.map((p) => ({ id: p.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, id } = await params;
  const locale = localeFromSegment(segment);
  const place = loadAtlas(locale).places.find((p) => p.id === id);
  if (!place) return {};
  const address = locale === 'en' ? place.address.en : place.address.zh;
  return {
    title: place.shortNames[locale],
    description: `${place.names[locale]}: ${address}`,
    alternates: pageAlternates(locale, selectionPath({ kind: 'place', id })),
  };
}

export default async function PlacePage({ params }: Props) {
  const { locale: segment, id } = await params;
  const locale = localeFromSegment(segment);
  setRequestLocale(locale);
  const atlas = loadAtlas(locale);
  if (!atlas.places.some((p) => p.id === id)) notFound();
  return (
    <>
      <PlaceNav
        places={atlas.mapData.places}
        regions={atlas.mapData.regions}
        selection={{ kind: 'place', id }}
      />
      <PlacePanel
        d={describePlace(id, atlas.places, atlas.regions, locale)}
        mentions={mentionsOfPlace(atlas, id)}
        articleTitle={atlas.article.title}
        articleSource={atlas.article.source}
      />
    </>
  );
}
