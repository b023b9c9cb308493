'use client';

import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import { useAtlasUrl } from './AtlasUrl';

/**
 * On paper only: what the page is and the link that reopens it, as text. The link is the
 * address at the moment of printing (view, layers and date included); the static HTML has
 * the page's own path.
 */
export default function PrintHeader({ title }: { title: string }) {
  const pathname = usePathname();
  const { layers, date } = useAtlasUrl();
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setHref(window.location.href);
    read();
    window.addEventListener('beforeprint', read);
    const print = window.matchMedia('print');
    print.addEventListener('change', read);
    return () => {
      window.removeEventListener('beforeprint', read);
      print.removeEventListener('change', read);
    };
  }, [pathname, layers, date]);
  return (
    <div className="print-only print-header">
      <p className="print-title">{title}</p>
      {/* The path the server rendered can differ from the address (a not-found page served at an
          unknown address): the address replaces it once mounted. */}
      <p className="print-url" suppressHydrationWarning>
        {href ?? pathname}
      </p>
    </div>
  );
}
