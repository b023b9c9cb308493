/** A term to look for; `owner` is the target it names, or null for a shadowing term. */
export type Term = { text: string; owner: string | null };

/** A match of a term: UTF-16 offsets `[start, end)` into the searched text. */
export type TermMatch = { start: number; end: number; owner: string | null };

const WORD_CHAR = /[A-Za-z0-9]/;

/** Lower-cases ASCII letters only, so offsets stay the same. */
const foldAscii = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Latin names only match whole words ("Beijing", not "Beijinger"); CJK names match anywhere. */
function isWholeWord(text: string, start: number, end: number, term: string): boolean {
  const startsWord = WORD_CHAR.test(term[0] ?? '');
  const endsWord = WORD_CHAR.test(term[term.length - 1] ?? '');
  if (startsWord && WORD_CHAR.test(text[start - 1] ?? '')) return false;
  if (endsWord && WORD_CHAR.test(text[end] ?? '')) return false;
  return true;
}

function findAll(text: string, term: Term): TermMatch[] {
  const needle = foldAscii(term.text);
  const matches: TermMatch[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (isWholeWord(text, at, end, needle)) matches.push({ start: at, end, owner: term.owner });
  }
  return matches;
}

/**
 * Finds the terms in `text` (ASCII case-insensitive). Where matches overlap the longest wins
 * (then the leftmost); a shadowing term (owner null) that wins hides the names inside it and
 * is not returned. Two targets sharing a name both get the same span. Sorted by start.
 */
export function matchTerms(text: string, terms: Term[]): TermMatch[] {
  const haystack = foldAscii(text);
  const candidates = terms
    .filter((term) => term.text.trim() !== '')
    .flatMap((term) => findAll(haystack, term))
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start ||
        Number(a.owner !== null) - Number(b.owner !== null),
    );
  const accepted: TermMatch[] = [];
  for (const candidate of candidates) {
    const blocked = accepted.some((kept) => {
      const overlaps = candidate.start < kept.end && kept.start < candidate.end;
      const sameSpan = candidate.start === kept.start && candidate.end === kept.end;
      return overlaps && !(sameSpan && kept.owner !== null && candidate.owner !== null);
    });
    if (!blocked) accepted.push(candidate);
  }
  return accepted.filter((match) => match.owner !== null).sort((a, b) => a.start - b.start);
}
