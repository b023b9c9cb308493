/** A piece of text, and whether it is a run of Latin-script words (see splitLatinRuns). */
export type TextPiece = { text: string; latin: boolean };

/** Stretches of text with no Chinese or Japanese characters or full-width punctuation in them. */
const NON_CJK =
  /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]+/gu;

/** How many words a stretch of Latin script needs to be worth its own `lang`. */
const MIN_WORDS = 3;

/**
 * Splits Chinese text around its runs of three or more Latin-script words (the article's
 * English names, file names like `Hong Kong SAR Regional Emblem.svg`), so they can be marked
 * as English. A run starts at its first letter or digit and ends at its last; the spaces and
 * punctuation around it stay outside. Shorter Latin (`GeoJSON`, `1999`, a URL) is left as it
 * is. Joining the pieces' texts gives `text` back.
 */
export function splitLatinRuns(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const match of text.matchAll(NON_CJK)) {
    const stretch = match[0];
    const first = stretch.search(/[A-Za-z0-9]/);
    if (first < 0) continue;
    let last = stretch.length;
    while (!/[A-Za-z0-9]/.test(stretch[last - 1]!)) last--;
    const core = stretch.slice(first, last);
    const words = core.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
    if (words.length < MIN_WORDS) continue;
    const start = match.index + first;
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), latin: false });
    pieces.push({ text: core, latin: true });
    cursor = start + core.length;
  }
  if (cursor < text.length || pieces.length === 0) {
    pieces.push({ text: text.slice(cursor), latin: false });
  }
  return pieces;
}
