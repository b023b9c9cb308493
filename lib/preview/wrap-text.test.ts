import { describe, expect, it } from 'vitest';
import { estimateWidthEm, fitText, wrapText } from './wrap-text';

describe('wrapText', () => {
  it('breaks Latin text at spaces only', () => {
    const lines = wrapText('Xinjiang Uygur Autonomous Region', 344, 30);
    expect(lines).toEqual(['Xinjiang Uygur', 'Autonomous Region']);
  });

  it('breaks Chinese between characters, never before a closing bracket', () => {
    // Four characters a line: the break would put "）" first on a line, so it stays.
    const lines = wrapText('駐京辦舊址（恆基中心）', 4 * 40, 40);
    expect(lines.join('')).toBe('駐京辦舊址（恆基中心）');
    for (const line of lines) expect(line.startsWith('）')).toBe(false);
    for (const line of lines) expect(line.endsWith('（')).toBe(false);
  });

  it('keeps a Chinese name whole in a spaced list', () => {
    const lines = wrapText('北京 · 天津 · 河北 · 遼寧 · 吉林 · 黑龍江 · 內蒙古', 300, 20);
    expect(lines.join(' ').split(' ')).toContain('黑龍江');
    for (const line of lines) expect(estimateWidthEm(line) * 20).toBeLessThanOrEqual(300);
  });

  it('gives a too-long word a line of its own, and no lines for blank text', () => {
    expect(wrapText('a Supercalifragilistic b', 100, 20)).toEqual([
      'a',
      'Supercalifragilistic',
      'b',
    ]);
    expect(wrapText('   ', 100, 20)).toEqual([]);
  });
});

describe('fitText', () => {
  it('prefers one line at a smaller size to two at a larger one', () => {
    expect(fitText('駐天津聯絡處', 344, [64, 56, 48], 2)).toEqual({
      size: 56,
      lines: ['駐天津聯絡處'],
    });
  });

  it('falls back to the smallest size when nothing fits in maxLines', () => {
    const fitted = fitText('香港特別行政區政府駐北京辦事處', 100, [40, 30], 2);
    expect(fitted.size).toBe(30);
    expect(fitted.lines.length).toBeGreaterThan(2);
  });
});
