import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import EmbedCaption from '@/components/EmbedCaption';
import { localeFromSegment, type Locale } from '@/lib/i18n/locales';
import { loadAtlas } from '@/lib/atlas/load-atlas';
import { parseSelection, selectionPath, toKnownIds } from '@/lib/url/selection';

type Props = { params: Promise<{ locale?: string; slug?: string[] }> };

export const dynamicParams = false;

/** `/embed`, and `/embed/place/<id>`, `/embed/region/<id>` for every place and province. */
export function generateStaticParams() {
  const { places, regions } = loadAtlas();
  return [
    { slug: [] },
    ...places.map((p) => ({ slug: ['place', p.id] })),
    ...regions.map((r) => ({ slug: ['region', r.id] })),
  ];
}

function resolve(slug: string[] | undefined, locale: Locale) {
  const atlas = loadAtlas(locale);
  const selection = parseSelection(
    `/${(slug ?? []).join('/')}`,
    toKnownIds(atlas.places, atlas.regions),
  );
  if (slug?.length && !selection) return null;
  const name =
    selection?.kind === 'place'
      ? atlas.places.find((p) => p.id === selection.id)!.names[locale]
      : selection?.kind === 'region'
        ? atlas.regions.find((r) => r.id === selection.id)!.fullNames[locale]
        : // Without a selection, the office itself, named in the page's language.
          (atlas.places.find((p) => p.role === 'office')?.names[locale] ?? atlas.article.title);
  return { name, nameLang: locale, canonical: selectionPath(selection, false, locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, slug } = await params;
  const resolved = resolve(slug, localeFromSegment(segment));
  if (!resolved) return {};
  return {
    title: resolved.name,
    alternates: { canonical: resolved.canonical },
    robots: { index: false },
  };
}

export default async function EmbedPage({ params }: Props) {
  const { locale: segment, slug } = await params;
  const locale = localeFromSegment(segment);
  setRequestLocale(locale);
  const resolved = resolve(slug, locale);
  if (!resolved) notFound();
  return <EmbedCaption {...resolved} />;
}
