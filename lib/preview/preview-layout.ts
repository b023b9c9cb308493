import type { Rect } from './project-mercator';

/** The link preview's size, px: Open Graph's recommended 1.91 : 1. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The text band on the left, over the map. */
export const TEXT_BAND: Rect = { x: 0, y: 0, width: 440, height: PREVIEW_SIZE.height };

/** Where the map's bounds are fitted: right of the band, less `MAP_PADDING` on each side. */
export const MAP_FRAME: Rect = {
  x: TEXT_BAND.width,
  y: 0,
  width: PREVIEW_SIZE.width - TEXT_BAND.width,
  height: PREVIEW_SIZE.height,
};

export const MAP_PADDING = 36;

/** Shapes are clipped to this: the map frame and a margin, so clipped edges stay unseen. */
export const MAP_CLIP: Rect = {
  x: MAP_FRAME.x - 10,
  y: MAP_FRAME.y - 10,
  width: MAP_FRAME.width + 20,
  height: MAP_FRAME.height + 20,
};

/** Fonts with CJK glyphs first: the machine that renders has WenQuanYi Micro Hei. */
export const FONT_FAMILY = 'WenQuanYi Micro Hei, Noto Sans CJK TC, sans-serif';

export const PALETTE = {
  sea: '#d6e6ee',
  band: '#fbfaf7',
  bandLine: '#ddd8cf',
  ink: '#1d232b',
  inkMuted: '#4b5563',
  accent: '#b3261e',
  label: '#5a1610',
} as const;
