/**
 * The sizes of the map's symbols: one owner for the layout (symbol-layout.ts), the markup
 * (marker-html.ts) and the CSS (`symbolCssVariables`). Apart from the layout so that the page's
 * first script, which sets the CSS variables, carries no layout code.
 */

/** Marker symbols are 28 px. */
export const MARKER_SIZE = 28;
/** The province labels' font size and line height (globals.css reads them: `symbolCssVariables`). */
export const LABEL_FONT_PX = 13;
export const LABEL_LINE = 1.35;
export const LABEL_PAD = 4;
/** City names' font size and line height, and their dot's diameter. */
export const CITY_FONT_PX = 12;
export const CITY_LINE = 1.3;
export const CITY_DOT = 6;

/**
 * The sizes the layout reckons with, as CSS custom properties for the map's box: globals.css
 * draws the markers, names and dots with them, so the boxes laid out here are the boxes drawn.
 */
export function symbolCssVariables(): Record<string, string> {
  return {
    '--marker-size': `${MARKER_SIZE}px`,
    '--label-font': `${LABEL_FONT_PX}px`,
    '--label-line': String(LABEL_LINE),
    '--city-font': `${CITY_FONT_PX}px`,
    '--city-line': String(CITY_LINE),
    '--city-dot': `${CITY_DOT}px`,
  };
}
