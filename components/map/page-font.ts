/**
 * The font the page's text is set in (the root's computed family), for text drawn or measured
 * on a canvas: the map's city names and the PNG's bands. Browser only.
 */
export function pageFontFamily(): string {
  return getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
}
