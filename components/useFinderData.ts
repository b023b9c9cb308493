'use client';

import { useEffect, useState } from 'react';
import type { FinderData } from '@/lib/finder/finder-data';
import { loadFinderData } from '@/lib/map/load-finder-data';

/**
 * The cities and the finder's names, fetched the first time `needed` is true (the finder used, a
 * city to frame) and shared by everything that asks (the map's controller shares the same
 * request through loadFinderData). null until then.
 */
export function useFinderData(needed: boolean): { data: FinderData | null; error: string | null } {
  const [data, setData] = useState<FinderData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!needed || data) return;
    let live = true;
    loadFinderData().then(
      (d) => live && setData(d),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [needed, data]);
  return { data, error };
}
