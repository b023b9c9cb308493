/**
 * The width of a map label's text, for the decluttering boxes, without asking the font for CJK.
 *
 * Measuring hundreds of Chinese names with `canvas.measureText` the first time makes the browser
 * load and shape every glyph of its CJK fallback font: about 400 ms of main thread at 4× CPU on a
 * page framing a city at zoom 8. Ideographs, kana, hangul and full-width forms are one em wide in
 * every CJK font (the em square is what they are designed in), so those runs are counted, and
 * only the rest (Latin names, digits) is measured.
 */

/** Code points one em wide in CJK fonts. */
const FULL_WIDTH =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF01-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/**
 * `text`'s width at `px` pixels per em: full-width characters count one em each; every other run
 * is measured by `measure` (the label font's own metrics), once per run.
 */
export function labelTextWidth(text: string, px: number, measure: (run: string) => number): number {
  let width = 0;
  let other = '';
  for (const ch of text) {
    if (FULL_WIDTH.test(ch)) {
      if (other) width += measure(other);
      other = '';
      width += px;
    } else {
      other += ch;
    }
  }
  if (other) width += measure(other);
  return width;
}
