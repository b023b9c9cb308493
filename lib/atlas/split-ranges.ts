/** A piece of text, marked when it lies inside one of the ranges. */
export type TextPiece = { text: string; marked: boolean };

/**
 * Cuts text at `[start, end)` ranges (UTF-16 offsets) into marked and unmarked pieces, in
 * order. Ranges are clamped to the text; overlapping ranges merge. Joined, the pieces give
 * back the text.
 */
export function splitRanges(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): TextPiece[] {
  const sorted = ranges
    .map(
      ([s, e]) =>
        [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const,
    )
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const [s, e] of sorted) {
    if (e <= cursor) continue;
    const from = Math.max(s, cursor);
    if (from > cursor) pieces.push({ text: text.slice(cursor, from), marked: false });
    const last = pieces[pieces.length - 1];
    if (last?.marked && from === cursor) last.text += text.slice(from, e);
    else pieces.push({ text: text.slice(from, e), marked: true });
    cursor = e;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false });
  return pieces;
}
