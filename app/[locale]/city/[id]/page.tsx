import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import CityPanel, { type CityNetwork } from '@/components/CityPanel';
import { localeFromSegment, type Locale } from '@/lib/i18n/locales';
import { toSimplified } from '@/lib/i18n/to-simplified';
import { officeOptions } from '@/lib/network/answer';
import { pickOption } from '@/lib/network/pick';
import { loadNetwork } from '@/lib/network/load';
import { pageAlternates } from '@/lib/i18n/page-alternates';
import { describeCity, type CityDescription } from '@/lib/atlas/describe-city';
import { loadCities, loadProvinces } from '@/lib/atlas/cities';
import { loadAtlas, mentionsOfCity } from '@/lib/atlas/load-atlas';
import { selectionPath } from '@/lib/url/selection';

type Props = { params: Promise<{ locale?: string; id: string }> };

export const dynamicParams = false;

/** Every city of data/cities.json has its page: the finder's answer, shareable. */
export function generateStaticParams() {
  return loadCities().map((c) => ({ id: c.id }));
}

function describe(id: string, locale: Locale) {
  const atlas = loadAtlas(locale);
  if (!loadCities().some((c) => c.id === id)) return null;
  const d = describeCity(id, loadCities(), loadProvinces(), atlas.places, atlas.regions, locale);
  return { atlas, d, network: networkOf(d, locale) };
}

/** The answer of the five Mainland offices for a city outside the Beijing Office's provinces. */
function networkOf(d: CityDescription, locale: Locale): CityNetwork {
  if (d.covered || !d.province) return null;
  if (d.province.kind === 'special-administrative-region')
    return { kind: 'sar', id: d.province.id === 'macao' ? 'macao' : 'hong-kong' };
  const convert = locale === 'zh-Hans' ? toSimplified : undefined;
  return {
    kind: 'mainland',
    options: officeOptions(loadNetwork(), d.province.id, d.city, locale, convert),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, id } = await params;
  const locale = localeFromSegment(segment);
  const found = describe(id, locale);
  if (!found) return {};
  const { d, network } = found;
  const t = await getTranslations({ locale, namespace: 'Meta' });
  const city = d.city.names[locale] ?? d.city.names.en;
  const province = d.province?.names[locale] ?? '';
  const now = network?.kind === 'mainland' ? pickOption(network.options, null) : null;
  return {
    title: city,
    description: now
      ? t('cityServedBy', { city, province, office: now.option.office.name })
      : t('cityDescription', {
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
  const { atlas, d, network } = found;
  return (
    <CityPanel
      d={d}
      network={network}
      mentions={mentionsOfCity(atlas, d.city, d.province)}
      articleTitle={atlas.article.title}
      articleSource={atlas.article.source}
    />
  );
}
