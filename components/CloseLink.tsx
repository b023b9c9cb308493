'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { isEmbedPath } from '@/lib/url/selection';
import { selectionHref } from '@/lib/url/selection-href';

type Props = { label: string; children: React.ReactNode };

/** Clears the selection like Escape does: the layers and the timeline date stay in the link. */
export default function CloseLink({ label, children }: Props) {
  const locale = useLocale();
  const embed = isEmbedPath(usePathname());
  const query = useSearchParams()?.toString() ?? '';
  return (
    <Link
      href={selectionHref(null, embed, query, locale)}
      className="close-link"
      scroll={false}
      aria-label={label}
    >
      {children}
    </Link>
  );
}
