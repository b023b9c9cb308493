import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import RegionPanel from '@/components/RegionPanel';
import { localeFromSegment } from '@/lib/i18n/locales';
import { pageAlternates } from '@/lib/i18n/page-alternates';
import { describeRegion } from '@/lib/atlas/describe-region';
import { loadAtlas, mentionsOfRegion } from '@/lib/atlas/load-atlas';
import { selectionPath } from '@/lib/url/selection';

type Props = { params: Promise<{ locale?: string; id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadAtlas().regions.map((r) => ({ id: r.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, id } = await params;
  const locale = localeFromSegment(segment);
  const region = loadAtlas(locale).regions.find((r) => r.id === id);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    title: region.fullNames[locale],
    description: t('regionDescription', { name: region.fullNames[locale] }),
    alternates: pageAlternates(locale, selectionPath({ kind: 'region', id })),
  };
}

export default async function RegionPage({ params }: Props) {
  const { locale: segment, id } = await params;
  const locale = localeFromSegment(segment);
  setRequestLocale(locale);
  const atlas = loadAtlas(locale);
  if (!atlas.regions.some((r) => r.id === id)) notFound();
  return (
    <RegionPanel
      d={describeRegion(id, atlas.places, atlas.regions, atlas.article, locale)}
      mentions={mentionsOfRegion(atlas, id)}
      articleTitle={atlas.article.title}
      articleSource={atlas.article.source}
    />
  );
}
