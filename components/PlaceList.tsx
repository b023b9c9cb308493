'use client';

import { useMemo } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { useAtlasNavigation } from './useAtlasNavigation';
import PlaceListView from './PlaceListView';
import { isEmbedPath, toKnownIds, type Selection } from '@/lib/url/selection';
import { selectionHref } from '@/lib/url/selection-href';

export type NamedId = { id: string; name: string };
type Props = { places: NamedId[]; regions: NamedId[] };

/** The place list with links that keep the URL's layers and date. */
export default function PlaceList({ places, regions }: Props) {
  const known = useMemo(() => toKnownIds(places, regions), [places, regions]);
  const { selection } = useAtlasNavigation(known);
  // The links follow the query, so they carry the current layers and date.
  const query = useSearchParams()?.toString() ?? '';
  const embed = isEmbedPath(usePathname());
  const locale = useLocale();
  const toItems = (kind: Selection['kind'], list: NamedId[]) =>
    list.map((x) => ({
      ...x,
      href: selectionHref({ kind, id: x.id }, embed, query, locale),
      current: selection?.kind === kind && selection.id === x.id,
    }));
  return <PlaceListView places={toItems('place', places)} regions={toItems('region', regions)} />;
}
