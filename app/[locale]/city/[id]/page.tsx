import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import CityPanel from '@/components/CityPanel';
import PlaceNav from '@/components/PlaceNav';
import { localeFromSegment } from '@/lib/i18n/locales';
import { pageAlternates } from '@/lib/i18n/page-alternates';
import { describeCity } from '@/lib/atlas/describe-city';
import { loadCities, loadProvinces } from '@/lib/atlas/cities';
import { loadAtlas, mentionsOfCity } from '@/lib/atlas/load-atlas';
import { selectionPath } from '@/lib/url/selection';

type Props = { params: Promise<{ locale?: string; id: string }> };

export const dynamicParams = false;

/** Every city of data/cities.json has its page: the finder's answer, shareable. */
export function generateStaticParams() {
  return loadCities().map((c) => ({ id: c.id }));
}

function describe(id: string, locale: ReturnType<typeof localeFromSegment>) {
  const atlas = loadAtlas(locale);
  if (!loadCities().some((c) => c.id === id)) return null;
  return {
    atlas,
    d: describeCity(id, loadCities(), loadProvinces(), atlas.places, atlas.regions, locale),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, id } = await params;
  const locale = localeFromSegment(segment);
  const found = describe(id, locale);
  if (!found) return {};
  const { d } = found;
  const t = await getTranslations({ locale, namespace: 'Meta' });
  const city = d.city.names[locale] ?? d.city.names.en;
  const province = d.province?.names[locale] ?? '';
  return {
    title: city,
    description: t('cityDescription', {
      city,
      province,
      answer: d.covered ? t('cityCovered') : t('cityNotCovered'),
    }),
    alternates: pageAlternates(locale, selectionPath({ kind: 'city', id })),
  };
}

export default async function CityPage({ params }: Props) {
  const { locale: segment, id } = await params;
  const locale = localeFromSegment(segment);
  setRequestLocale(locale);
  const found = describe(id, locale);
  if (!found) notFound();
  const { atlas, d } = found;
  return (
    <>
      <PlaceNav
        places={atlas.mapData.places}
        regions={atlas.mapData.regions}
        selection={{ kind: 'city', id }}
      />
      <CityPanel
        d={d}
        mentions={mentionsOfCity(atlas, d.city, d.province)}
        articleTitle={atlas.article.title}
        articleSource={atlas.article.source}
      />
    </>
  );
}
