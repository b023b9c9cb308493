import { describe, expect, it } from 'vitest';
import { pngLayout, TITLE_BAND, wrapLine } from './png-layout';

const measure = (s: string) => s.length * 7;

describe('pngLayout', () => {
  it('puts the title over the map and the legend, scale and credits under it', () => {
    const l = pngLayout(
      { width: 800, height: 600 },
      { width: 200, height: 120 },
      { width: 100, height: 20 },
      'Leaflet | Natural Earth',
      true,
      measure,
    );
    expect(l.map).toEqual({ x: 0, y: TITLE_BAND, width: 800, height: 600 });
    expect(l.legend.y).toBeGreaterThanOrEqual(TITLE_BAND + 600);
    expect(l.scale!.x + l.scale!.width).toBeLessThanOrEqual(800);
    expect(l.credits.y).toBeGreaterThan(l.legend.y + 120);
    expect(l.height).toBeGreaterThan(l.credits.y);
    expect(l.date).not.toBeNull();
  });

  it('wraps long credits to the picture width', () => {
    const l = pngLayout(
      { width: 300, height: 200 },
      { width: 100, height: 50 },
      null,
      'word '.repeat(40),
      false,
      measure,
    );
    expect(l.credits.lines.length).toBeGreaterThan(1);
    for (const line of l.credits.lines) expect(measure(line)).toBeLessThanOrEqual(300 - 24);
  });
});

describe('wrapLine', () => {
  it('breaks Chinese between characters and keeps Latin words whole', () => {
    expect(wrapLine('文字取自中文維基百科', 28, measure)).toEqual(['文字取自', '中文維基', '百科']);
    expect(wrapLine('OpenStreetMap contributors', 100, measure)).toEqual([
      'OpenStreetMap',
      'contributors',
    ]);
  });
});
