import { foldName, foldQuery, foldWords } from './normalize';

/** Something the finder can find: an office, a province or a city, with all its names. */
export type FinderEntry = {
  kind: 'place' | 'region' | 'city';
  id: string;
  /** Every name it is known by: zh-Hant, zh-Hans, English, short names, full names. */
  names: string[];
};

export type FinderIndexEntry = FinderEntry & { folded: string[]; words: string[][] };

export type FinderMatch = {
  entry: FinderEntry;
  /** The name that matched, as given. */
  name: string;
  quality: 'exact' | 'prefix' | 'word' | 'inside';
};

/** The longest query the finder reads; anything longer is cut, never an error. */
export const MAX_QUERY_LENGTH = 60;

export function indexEntries(entries: readonly FinderEntry[]): FinderIndexEntry[] {
  return entries.map((e) => {
    const names = [...new Set(e.names.filter((n) => n && n.trim()))];
    return { ...e, names, folded: names.map(foldName), words: names.map(foldWords) };
  });
}

const QUALITY_ORDER = { exact: 0, prefix: 1, word: 2, inside: 3 } as const;
// A province, then a city, then an office: 瀋陽 is the city first, the liaison unit's alias second.
const KIND_ORDER = { region: 0, city: 1, place: 2 } as const;

/**
 * The entries whose names match `query`, best first: a name equal to the query, then names
 * starting with it, then names with a word starting with it (`kong` → Hong Kong), then, for a
 * query of two or more Chinese characters, names containing it. Case, accents, spaces and
 * punctuation do not count; a trailing 市/省/區… may be typed or not. Ties keep the kind order
 * (provinces, cities, offices) and then the index order (cities largest first).
 */
export function searchEntries(
  index: readonly FinderIndexEntry[],
  query: string,
  limit = 8,
): FinderMatch[] {
  const forms = foldQuery(query.slice(0, MAX_QUERY_LENGTH));
  if (forms.length === 0) return [];
  const matches: Array<FinderMatch & { order: number }> = [];
  index.forEach((entry, order) => {
    let best: { quality: FinderMatch['quality']; name: string } | null = null;
    const consider = (quality: FinderMatch['quality'], name: string) => {
      if (!best || QUALITY_ORDER[quality] < QUALITY_ORDER[best.quality]) best = { quality, name };
    };
    for (const form of forms) {
      const chinese = /\p{Script=Han}/u.test(form);
      entry.folded.forEach((folded, i) => {
        const name = entry.names[i]!;
        if (folded === form) consider('exact', name);
        else if (folded.startsWith(form)) consider('prefix', name);
        else if (entry.words[i]!.some((w) => w.startsWith(form))) consider('word', name);
        else if (chinese && form.length >= 2 && folded.includes(form)) consider('inside', name);
      });
    }
    if (best)
      matches.push({
        entry,
        ...(best as { quality: FinderMatch['quality']; name: string }),
        order,
      });
  });
  matches.sort(
    (a, b) =>
      QUALITY_ORDER[a.quality] - QUALITY_ORDER[b.quality] ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.order - b.order,
  );
  return matches.slice(0, limit).map(({ entry, name, quality }) => ({ entry, name, quality }));
}
