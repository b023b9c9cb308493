import { Suspense } from 'react';
import { useLocale } from 'next-intl';
import PlaceList, { type NamedId } from './PlaceList';
import PlaceListView from './PlaceListView';
import { selectionPath, type Selection } from '@/lib/url/selection';

type Props = { places: NamedId[]; regions: NamedId[]; selection: Selection | null };

/** The place list; before the URL's query is known (static HTML, no JavaScript) it links plainly. */
export default function PlaceNav({ places, regions, selection }: Props) {
  const locale = useLocale();
  const plain = (kind: Selection['kind'], list: NamedId[]) =>
    list.map((x) => ({
      ...x,
      href: selectionPath({ kind, id: x.id }, false, locale),
      current: selection?.kind === kind && selection.id === x.id,
    }));
  return (
    <Suspense
      fallback={
        <PlaceListView places={plain('place', places)} regions={plain('region', regions)} />
      }
    >
      <PlaceList places={places} regions={regions} />
    </Suspense>
  );
}
