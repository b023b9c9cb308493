'use client';

import { useEffect } from 'react';
import { usePathname, useRouter } from 'next/navigation';

/** Escape clears the selection (back to the whole article), unless focus is in a text field. */
export default function EscapeToClose() {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(
    function listenForEscape() {
      function onKeyDown(e: KeyboardEvent) {
        if (e.key !== 'Escape' || pathname === '/') return;
        const t = e.target as HTMLElement | null;
        if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)))
          return;
        router.push(`/${window.location.search}`, { scroll: false });
      }
      window.addEventListener('keydown', onKeyDown);
      return function stopListening() {
        window.removeEventListener('keydown', onKeyDown);
      };
    },
    [router, pathname],
  );
  return null;
}
