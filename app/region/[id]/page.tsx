import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import PlaceNav from '@/components/PlaceNav';
import RegionPanel from '@/components/RegionPanel';
import { describeRegion } from '@/lib/view/describe-region';
import { loadAtlas, mentionsOfRegion } from '@/lib/view/load-atlas';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadAtlas().regions.map((r) => ({ id: r.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const region = loadAtlas().regions.find((r) => r.id === id);
  if (!region) return {};
  return {
    title: `${region.fullNames['zh-Hant']} · ${region.fullNames.en}`,
    description: `${region.fullNames.en} (${region.fullNames['zh-Hant']}), one of the ten provinces covered by the Hong Kong SAR Government's Beijing Office.`,
    alternates: { canonical: `/region/${region.id}` },
  };
}

export default async function RegionPage({ params }: Props) {
  const { id } = await params;
  const atlas = loadAtlas();
  if (!atlas.regions.some((r) => r.id === id)) notFound();
  return (
    <>
      <PlaceNav
        places={atlas.mapData.places}
        regions={atlas.mapData.regions}
        selection={{ kind: 'region', id }}
      />
      <RegionPanel
        d={describeRegion(id, atlas.places, atlas.regions, atlas.article)}
        mentions={mentionsOfRegion(atlas, id)}
        articleTitle={atlas.article.title}
        articleSource={atlas.article.source}
      />
    </>
  );
}
