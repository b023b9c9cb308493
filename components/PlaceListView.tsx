import { useTranslations } from 'next-intl';

export type NamedId = { id: string; name: string };
export type PlaceListItem = { id: string; name: string; href: string; current: boolean };
type Props = { places: PlaceListItem[]; regions: PlaceListItem[] };

/**
 * The offices and provinces as links: the keyboard and screen-reader way through the map. Their
 * pages are the likeliest next ones: the browser fetches them ahead once idle (`data-prefetch`).
 */
export default function PlaceListView({ places, regions }: Props) {
  const t = useTranslations('Nav');
  return (
    <nav className="place-list" aria-label={t('label')}>
      <Group id="offices-heading" label={t('offices')} items={places} />
      <Group id="regions-heading" label={t('regions')} items={regions} />
    </nav>
  );
}

function Group({ id, label, items }: { id: string; label: string; items: PlaceListItem[] }) {
  return (
    <>
      <p className="list-heading" id={id}>
        {label}
      </p>
      <ul aria-labelledby={id}>
        {items.map((item) => (
          <li key={item.id}>
            <a href={item.href} aria-current={item.current ? 'page' : undefined} data-prefetch>
              {item.name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
