import Link from 'next/link';

type Props = { items: { href: string; name: string }[] };

/** Chinese names as links, joined with 、 as the article writes lists. */
export default function LinkedNames({ items }: Props) {
  return items.map((item, i) => (
    <span key={item.href}>
      {i > 0 && '、'}
      <Link href={item.href} lang="zh-Hant">
        {item.name}
      </Link>
    </span>
  ));
}
