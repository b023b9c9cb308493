import { listPassages } from './list-passages';
import { matchTerms, type Term } from './match-terms';
import type { Article } from './types';

/** A place to look for: its id and its names (zh-Hant, zh-Hans, en), supplied by the caller. */
export type MentionTarget = { id: string; names: string[] };

/** A passage that mentions a target; `ranges` are UTF-16 `[start, end)` offsets into `text`. */
export type Mention = {
  passageId: string;
  sectionTitle: string | null;
  text: string;
  ranges: Array<[number, number]>;
};

/**
 * Phrases that contain a place name without meaning the place: the Office's own name (and the
 * offices of others) contains 北京 but is not a mention of Beijing. A match inside one of
 * these is ignored.
 */
export const DEFAULT_SHADOWING_TERMS: readonly string[] = [
  '香港特別行政區政府駐北京辦事處',
  '香港特别行政区政府驻北京办事处',
  '駐北京辦事處',
  '驻北京办事处',
  '北京辦事處',
  '北京办事处',
  'Office of the Government of the Hong Kong Special Administrative Region in Beijing',
];

/**
 * For each target, the passages (see `listPassages`) that mention one of its names, in reading
 * order. Where names overlap the longest match wins (天津市 over 天津); matches inside a
 * shadowing term (`options.shadowingTerms`, default `DEFAULT_SHADOWING_TERMS`) do not count.
 * Every target id is a key of the result, with `[]` if it is never mentioned.
 */
export function findMentions(
  article: Article,
  targets: MentionTarget[],
  options: { shadowingTerms?: readonly string[] } = {},
): Record<string, Mention[]> {
  const shadows = options.shadowingTerms ?? DEFAULT_SHADOWING_TERMS;
  const terms: Term[] = [
    ...targets.flatMap((target) => target.names.map((text) => ({ text, owner: target.id }))),
    ...shadows.map((text) => ({ text, owner: null })),
  ];
  // fromEntries defines own properties, so an id such as "__proto__" stays a plain key.
  const result: Record<string, Mention[]> = Object.fromEntries(
    targets.map((target): [string, Mention[]] => [target.id, []]),
  );
  for (const passage of listPassages(article)) {
    const byOwner = new Map<string, Array<[number, number]>>();
    for (const match of matchTerms(passage.text, terms)) {
      if (match.owner === null) continue;
      const ranges = byOwner.get(match.owner) ?? [];
      ranges.push([match.start, match.end]);
      byOwner.set(match.owner, ranges);
    }
    for (const [owner, ranges] of byOwner) {
      result[owner]?.push({
        passageId: passage.id,
        sectionTitle: passage.sectionTitle,
        text: passage.text,
        ranges,
      });
    }
  }
  return result;
}
