import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import PlacePanel from '@/components/PlacePanel';
import NetworkPlacePanel from '@/components/NetworkPlacePanel';
import { localeFromSegment, type Locale } from '@/lib/i18n/locales';
import { toSimplified } from '@/lib/i18n/to-simplified';
import { loadProvinces } from '@/lib/atlas/cities';
import { describeNetworkPlace } from '@/lib/network/describe';
import { loadNetwork } from '@/lib/network/load';
import { pageAlternates } from '@/lib/i18n/page-alternates';
import { describePlace } from '@/lib/atlas/describe-place';
import { loadAtlas, mentionsOfPlace } from '@/lib/atlas/load-atlas';
import { selectionPath } from '@/lib/url/selection';

type Props = { params: Promise<{ locale?: string; id: string }> };

export const dynamicParams = false;

/** The article's places, and the other Mainland offices and their liaison units. */
export function generateStaticParams() {
  return [...loadAtlas().places, ...loadNetwork().records.values()].map((p) => ({ id: p.id }));
}

function describeOther(id: string, locale: Locale) {
  const network = loadNetwork();
  if (!network.records.has(id)) return null;
  const names = new Map(loadProvinces().map((p) => [p.id, p.names]));
  const convert = locale === 'zh-Hans' ? toSimplified : undefined;
  return describeNetworkPlace(id, network, names, locale, convert);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, id } = await params;
  const locale = localeFromSegment(segment);
  const place = loadAtlas(locale).places.find((p) => p.id === id);
  if (!place) {
    const other = describeOther(id, locale);
    if (!other) return {};
    const { member, address } = other;
    const where = (locale === 'en' ? address?.en : address?.zh) ?? other.region.name;
    return {
      title: member.shortNames[locale],
      description: `${member.names[locale]}: ${where}`,
      alternates: pageAlternates(locale, selectionPath({ kind: 'place', id })),
    };
  }
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
  if (!atlas.places.some((p) => p.id === id)) {
    const other = describeOther(id, locale);
    if (!other) notFound();
    return <NetworkPlacePanel d={other} />;
  }
  return (
    <PlacePanel
      d={describePlace(id, atlas.places, atlas.regions, locale)}
      mentions={mentionsOfPlace(atlas, id)}
      articleTitle={atlas.article.title}
      articleSource={atlas.article.source}
    />
  );
}
