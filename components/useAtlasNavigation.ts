'use client';

import { useCallback, useMemo } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import {
  isEmbedPath,
  parseSelection,
  selectionPath,
  type KnownIds,
  type Selection,
} from '@/lib/view/selection';
import { parseViewState, serializeViewState } from '@/lib/view/view-state';

/**
 * The selection, read from the URL, and a way to change it. Selecting is a navigation (Back
 * works); it keeps the layers and date of the URL and drops the map view, so the map frames
 * the new selection and a shared link reproduces that framing.
 */
export function useAtlasNavigation(known: KnownIds) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const router = useRouter();
  const selection = useMemo(() => parseSelection(pathname, known), [pathname, known]);
  const embed = isEmbedPath(pathname);

  const hrefFor = useCallback(
    (next: Selection | null) => {
      const state = parseViewState(searchParams?.toString() ?? '');
      return selectionPath(next, embed) + serializeViewState({ ...state, map: null });
    },
    [searchParams, embed],
  );

  const select = useCallback(
    (next: Selection | null) => {
      router.push(hrefFor(next), { scroll: false });
    },
    [router, hrefFor],
  );

  return { selection, select, hrefFor };
}
