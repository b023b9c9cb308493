import { useLocale } from 'next-intl';
import PlaceListView, { type NamedId } from './PlaceListView';
import { selectionPath, type Selection } from '@/lib/url/selection';

type Props = { places: NamedId[]; regions: NamedId[]; selection: Selection | null };

/**
 * The place list, server-rendered: plain links to each selection (the app's link listener adds
 * the layers and date when one is followed), the current one marked.
 */
export default function PlaceNav({ places, regions, selection }: Props) {
  const locale = useLocale();
  const items = (kind: Selection['kind'], list: NamedId[]) =>
    list.map((x) => ({
      ...x,
      href: selectionPath({ kind, id: x.id }, false, locale),
      current: selection?.kind === kind && selection.id === x.id,
    }));
  return <PlaceListView places={items('place', places)} regions={items('region', regions)} />;
}
