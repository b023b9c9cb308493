import { useLocale } from 'next-intl';

type Props = { items: { href: string; name: string }[] };

/** Names as links, joined with 、 in Chinese as the article writes lists, with commas in English. */
export default function LinkedNames({ items }: Props) {
  const separator = useLocale() === 'en' ? ', ' : '、';
  return items.map((item, i) => (
    <span key={item.href}>
      {i > 0 && separator}
      <a href={item.href}>{item.name}</a>
    </span>
  ));
}
