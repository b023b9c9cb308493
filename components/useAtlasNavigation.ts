'use client';

import { useCallback, useMemo } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { useLocale } from 'next-intl';
import { isEmbedPath, parseSelection, type KnownIds, type Selection } from '@/lib/url/selection';
import { selectionHref } from '@/lib/url/selection-href';

/**
 * The selection, read from the path, and a way to change it. Selecting is a navigation (Back
 * works). The query is read when selecting, not subscribed to, so the map does not re-render
 * each time panning rewrites `?map=`.
 */
export function useAtlasNavigation(known: KnownIds) {
  const pathname = usePathname();
  const router = useRouter();
  const locale = useLocale();
  const selection = useMemo(() => parseSelection(pathname, known), [pathname, known]);

  const select = useCallback(
    (next: Selection | null) => {
      const href = selectionHref(next, isEmbedPath(pathname), window.location.search, locale);
      router.push(href, { scroll: false });
    },
    [router, pathname, locale],
  );

  return { selection, select };
}
