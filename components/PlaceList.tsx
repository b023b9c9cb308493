'use client';

import { useMemo } from 'react';
import { useAtlasNavigation } from './useAtlasNavigation';
import PlaceListView from './PlaceListView';
import { toKnownIds, type Selection } from '@/lib/view/selection';

export type NamedId = { id: string; name: string };
type Props = { places: NamedId[]; regions: NamedId[] };

/** The place list with links that keep the URL's layers and date. */
export default function PlaceList({ places, regions }: Props) {
  const known = useMemo(() => toKnownIds(places, regions), [places, regions]);
  const { selection, hrefFor } = useAtlasNavigation(known);
  const toItems = (kind: Selection['kind'], list: NamedId[]) =>
    list.map((x) => ({
      ...x,
      href: hrefFor({ kind, id: x.id }),
      current: selection?.kind === kind && selection.id === x.id,
    }));
  return <PlaceListView places={toItems('place', places)} regions={toItems('region', regions)} />;
}
