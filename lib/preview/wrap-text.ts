/** Characters that must not begin a line in CJK text (closing brackets, commas, stops). */
const NO_LINE_START = new Set('）」』》〉】，。、：；！？·');
/** Characters that must not end a line in CJK text (opening brackets). */
const NO_LINE_END = new Set('（「『《〈【');

/**
 * A generous estimate of how wide `text` is drawn, in em: CJK characters 1 em, Latin
 * capitals and digits 0.66, other Latin letters 0.54, spaces and narrow punctuation 0.3.
 * Generous because SVG text has no wrapping of its own and an overflowing line is worse
 * than a short one.
 */
export function estimateWidthEm(text: string): number {
  let em = 0;
  for (const c of text) {
    if (c >= '\u2e80') em += 1;
    else if (/[A-Z0-9]/.test(c)) em += 0.66;
    else if (/[a-z]/.test(c)) em += 0.54;
    else if (/[\s.,:;'’()|-]/.test(c)) em += 0.3;
    else em += 0.6;
  }
  return em;
}

/**
 * The pieces a line may break between. Text with spaces breaks only at them, so a Chinese
 * name in a list stays whole; text without spaces (a Chinese name) breaks between any two
 * characters, but never before a closing mark or after an opening one.
 */
function breakUnits(text: string): string[] {
  const trimmed = text.trim();
  if (/\s/.test(trimmed)) {
    return trimmed
      .split(/\s+/)
      .flatMap((word) => [' ', word])
      .slice(1);
  }
  const units: string[] = [];
  for (const c of trimmed) {
    const last = units[units.length - 1];
    if (last && (NO_LINE_START.has(c) || NO_LINE_END.has(last.slice(-1)))) {
      units[units.length - 1] = last + c;
    } else units.push(c);
  }
  return units;
}

/**
 * Breaks `text` into lines no wider than `maxWidthPx` at `fontSizePx` (by
 * `estimateWidthEm`): at spaces, or, in text without spaces, between characters (see
 * `breakUnits`). A single word wider than a line gets a line of its own.
 * @returns the lines, trimmed; `[]` for blank text
 */
export function wrapText(text: string, maxWidthPx: number, fontSizePx: number): string[] {
  if (!(maxWidthPx > 0 && fontSizePx > 0)) {
    throw new Error(
      `wrapText: maxWidthPx and fontSizePx must be > 0, got ${maxWidthPx}, ${fontSizePx}`,
    );
  }
  const maxEm = maxWidthPx / fontSizePx;
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    if (unit === ' ') {
      if (line) line += ' ';
    } else if (line.trim() && estimateWidthEm(line + unit) > maxEm) {
      lines.push(line.trim());
      line = unit;
    } else line += unit;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/**
 * The fewest lines (up to `maxLines`) that `text` wraps into at one of `sizes`, at the
 * largest size that gives them: a name on one smaller line reads better than a name broken
 * in two. When nothing fits, the smallest size and however many lines it takes.
 * @param sizes font sizes in px, largest first
 */
export function fitText(
  text: string,
  maxWidthPx: number,
  sizes: readonly number[],
  maxLines: number,
): { size: number; lines: string[] } {
  if (sizes.length === 0) throw new Error('fitText: sizes must not be empty');
  const wrapped = sizes.map((size) => ({ size, lines: wrapText(text, maxWidthPx, size) }));
  for (let lines = 1; lines <= maxLines; lines++) {
    const fitted = wrapped.find((w) => w.lines.length <= lines);
    if (fitted) return fitted;
  }
  return wrapped[wrapped.length - 1]!;
}
