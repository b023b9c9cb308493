'use client';

import { useEffect } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { useLocale } from 'next-intl';
import { isEmbedPath, selectionPath } from '@/lib/url/selection';
import { selectionHref } from '@/lib/url/selection-href';

/** Escape clears the selection (back to the whole article), unless focus is in a text field. */
export default function EscapeToClose() {
  const router = useRouter();
  const pathname = usePathname();
  const locale = useLocale();
  useEffect(
    function listenForEscape() {
      function onKeyDown(e: KeyboardEvent) {
        const embed = isEmbedPath(pathname);
        const home = selectionPath(null, embed, locale);
        if (e.key !== 'Escape' || pathname === home) return;
        const t = e.target as HTMLElement | null;
        if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)))
          return;
        // Like selecting: layers and date carry over, the map frames the whole jurisdiction.
        router.push(selectionHref(null, embed, window.location.search, locale), { scroll: false });
      }
      window.addEventListener('keydown', onKeyDown);
      return function stopListening() {
        window.removeEventListener('keydown', onKeyDown);
      };
    },
    [router, pathname, locale],
  );
  return null;
}
