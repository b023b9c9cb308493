/**
 * Where the parts of a downloaded map picture go: a title band over the map, the map as it
 * is on screen, and below it a band with the legend, the scale and the credits. All in CSS
 * pixels of the picture (the canvas multiplies by its pixel ratio).
 */
export const TITLE_BAND = 52;
const PAD = 12;
const CREDIT_LINE = 15;

export type Size = { width: number; height: number };
export type Rect = { x: number; y: number; width: number; height: number };
export type PngLayout = {
  width: number;
  height: number;
  title: { x: number; y: number; maxWidth: number };
  date: { x: number; y: number } | null;
  map: Rect;
  legend: Rect;
  scale: Rect | null;
  credits: { x: number; y: number; lines: string[] };
};

/** Splits `text` into lines no wider than `maxWidth` by `measure`, at spaces or anywhere for CJK. */
export function wrapLine(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  // Latin words stay whole; CJK text may break between any two characters.
  for (const token of text.match(
    /[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g,
  ) ?? []) {
    const next = line + token;
    if (line && measure(next.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export function pngLayout(
  map: Size,
  legend: Size,
  scale: Size | null,
  credits: string,
  hasDate: boolean,
  measure: (s: string) => number,
): PngLayout {
  const width = map.width;
  const mapRect = { x: 0, y: TITLE_BAND, width: map.width, height: map.height };
  const bandTop = TITLE_BAND + map.height + PAD;
  const legendRect = { x: PAD, y: bandTop, width: legend.width, height: legend.height };
  const scaleRect = scale
    ? { x: width - PAD - scale.width, y: bandTop, width: scale.width, height: scale.height }
    : null;
  const lines = wrapLine(credits, width - 2 * PAD, measure);
  const creditsTop = bandTop + Math.max(legend.height, scale?.height ?? 0) + PAD;
  return {
    width,
    height: creditsTop + lines.length * CREDIT_LINE + PAD,
    title: { x: PAD + 4, y: TITLE_BAND / 2, maxWidth: width - 2 * PAD - (hasDate ? 180 : 0) },
    date: hasDate ? { x: width - PAD - 4, y: TITLE_BAND / 2 } : null,
    map: mapRect,
    legend: legendRect,
    scale: scaleRect,
    credits: { x: PAD, y: creditsTop + CREDIT_LINE / 2, lines },
  };
}
