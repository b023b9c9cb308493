'use client';

import PlaceListView from './PlaceListView';
import { placeListItems, type NamedId } from '@/lib/url/place-list';
import { useAtlasUrl } from './AtlasUrl';

/**
 * The place list above a selection's panel. It lives in the layout, not in each page, so that a
 * selection only moves its `aria-current` instead of replacing the list with the page (a third
 * of what a selection would put on screen anew). Server-rendered like the rest: the static HTML
 * of every page marks its own selection. The home page has its own list, in the article.
 */
export default function SelectionPlaceList({
  places,
  regions,
}: {
  places: NamedId[];
  regions: NamedId[];
}) {
  const { selection, embed, locale } = useAtlasUrl();
  if (embed || !selection) return null;
  return <PlaceListView {...placeListItems(places, regions, selection, locale)} />;
}
