import Link from 'next/link';

export type PlaceListItem = { id: string; name: string; href: string; current: boolean };
type Props = { places: PlaceListItem[]; regions: PlaceListItem[] };

/** The offices and provinces as links: the keyboard and screen-reader way through the map. */
export default function PlaceListView({ places, regions }: Props) {
  return (
    <nav className="place-list" aria-label="Places">
      <p className="list-heading" id="offices-heading">
        Offices
      </p>
      <ul aria-labelledby="offices-heading">
        {places.map((item) => (
          <li key={item.id}>
            <Link href={item.href} aria-current={item.current ? 'page' : undefined} scroll={false}>
              {item.name}
            </Link>
          </li>
        ))}
      </ul>
      <p className="list-heading" id="regions-heading">
        Provinces covered
      </p>
      <ul aria-labelledby="regions-heading">
        {regions.map((item) => (
          <li key={item.id}>
            <Link href={item.href} aria-current={item.current ? 'page' : undefined} scroll={false}>
              {item.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
