import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import EmbedCaption from '@/components/EmbedCaption';
import { loadAtlas } from '@/lib/view/load-atlas';
import { parseSelection, selectionPath, toKnownIds } from '@/lib/view/selection';

type Props = { params: Promise<{ slug?: string[] }> };

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

function resolve(slug: string[] | undefined) {
  const atlas = loadAtlas();
  const selection = parseSelection(
    `/${(slug ?? []).join('/')}`,
    toKnownIds(atlas.places, atlas.regions),
  );
  if (slug?.length && !selection) return null;
  const name =
    selection?.kind === 'place'
      ? atlas.places.find((p) => p.id === selection.id)!.names['zh-Hant']
      : selection?.kind === 'region'
        ? atlas.regions.find((r) => r.id === selection.id)!.fullNames['zh-Hant']
        : atlas.article.title;
  return { name, canonical: selectionPath(selection) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = resolve((await params).slug);
  if (!resolved) return {};
  return {
    title: resolved.name,
    alternates: { canonical: resolved.canonical },
    robots: { index: false },
  };
}

export default async function EmbedPage({ params }: Props) {
  const resolved = resolve((await params).slug);
  if (!resolved) notFound();
  return <EmbedCaption name={resolved.name} canonical={resolved.canonical} />;
}
