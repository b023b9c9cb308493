import Link from 'next/link';

export type PlaceListItem = { id: string; name: string; href: string; current: boolean };
type Props = { places: PlaceListItem[]; regions: PlaceListItem[] };

/** The offices and provinces as links: the keyboard and screen-reader way through the map. */
export default function PlaceListView({ places, regions }: Props) {
  return (
    <nav className="place-list" aria-label="Places">
      <Group id="offices-heading" label="Offices" items={places} />
      <Group id="regions-heading" label="Provinces covered" items={regions} />
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
            <Link href={item.href} aria-current={item.current ? 'page' : undefined} scroll={false}>
              {item.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
