import { useTranslations } from 'next-intl';
import type { PlaceList } from '@/lib/url/place-list';

/**
 * The offices and provinces as links: the keyboard and screen-reader way through the map. Their
 * pages are the likeliest next ones: the browser fetches them ahead once idle (`data-prefetch`).
 */
export default function PlaceListView({ places, regions }: PlaceList) {
  const t = useTranslations('Nav');
  return (
    <nav className="place-list" aria-label={t('label')}>
      <Group id="offices-heading" label={t('offices')} items={places} />
      <Group id="regions-heading" label={t('regions')} items={regions} />
    </nav>
  );
}

function Group({ id, label, items }: { id: string; label: string; items: PlaceList['places'] }) {
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
