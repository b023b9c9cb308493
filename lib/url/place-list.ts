import type { Locale } from '@/lib/i18n/locales';
import { isSameSelection, selectionPath, type Selection } from './selection';

export type NamedId = { id: string; name: string };
export type PlaceListItem = NamedId & { href: string; current: boolean };
export type PlaceList = { places: PlaceListItem[]; regions: PlaceListItem[] };

/**
 * The list's links: plain paths to each selection (the app's link listener adds the layers and
 * date when one is followed), the current one marked.
 */
export function placeListItems(
  places: NamedId[],
  regions: NamedId[],
  selection: Selection | null,
  locale: Locale,
): PlaceList {
  const items = (kind: Selection['kind'], list: NamedId[]) =>
    list.map(({ id, name }) => ({
      id,
      name,
      href: selectionPath({ kind, id }, false, locale),
      current: isSameSelection(selection, { kind, id }),
    }));
  return { places: items('place', places), regions: items('region', regions) };
}
