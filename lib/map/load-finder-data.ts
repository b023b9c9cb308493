import type { FinderData } from '@/lib/finder/finder-data';

/** Where the browser gets the cities and the finder's names (app/data/cities.json/route.ts). */
export const FINDER_DATA_URL = '/data/cities.json';
/** Rivers and lakes (app/data/water.topo.json/route.ts). */
export const WATER_URL = '/data/water.topo.json';

const loads = new Map<string, Promise<unknown>>();

/**
 * Fetches a data file once per page: every caller shares the same request and its result.
 * A failed load is forgotten, so the next caller tries again.
 */
export function loadOnce<T>(url: string, check: (value: unknown) => T): Promise<T> {
  let p = loads.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetch(url)
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.json();
      })
      .then(check);
    p.catch(() => loads.delete(url));
    loads.set(url, p);
  }
  return p;
}

export function isFinderData(value: unknown): FinderData {
  const v = value as FinderData;
  if (!v || !Array.isArray(v.cities) || !Array.isArray(v.regions) || !Array.isArray(v.places))
    throw new Error('the city list is not in the expected form');
  return v;
}

export function loadFinderData(): Promise<FinderData> {
  return loadOnce(FINDER_DATA_URL, isFinderData);
}
