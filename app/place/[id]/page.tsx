import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import PlaceNav from '@/components/PlaceNav';
import PlacePanel from '@/components/PlacePanel';
import { describePlace } from '@/lib/view/describe-place';
import { loadAtlas, mentionsOfPlace } from '@/lib/view/load-atlas';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadAtlas().places.map((p) => ({ id: p.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const place = loadAtlas().places.find((p) => p.id === id);
  if (!place) return {};
  return {
    title: `${place.shortNames['zh-Hant']} · ${place.shortNames.en}`,
    description: `${place.names.en}: ${place.address.en}.`,
    alternates: { canonical: `/place/${place.id}` },
  };
}

export default async function PlacePage({ params }: Props) {
  const { id } = await params;
  const atlas = loadAtlas();
  if (!atlas.places.some((p) => p.id === id)) notFound();
  return (
    <>
      <PlaceNav
        places={atlas.mapData.places}
        regions={atlas.mapData.regions}
        selection={{ kind: 'place', id }}
      />
      <PlacePanel
        d={describePlace(id, atlas.places, atlas.regions)}
        mentions={mentionsOfPlace(atlas, id)}
        articleTitle={atlas.article.title}
        articleSource={atlas.article.source}
      />
    </>
  );
}
