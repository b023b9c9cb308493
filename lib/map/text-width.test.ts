import { describe, expect, it } from 'vitest';
import { labelTextWidth } from './text-width';

/** A stand-in for the font: 0.5 em per character, and a record of what it was asked. */
function fakeFont(px: number) {
  const asked: string[] = [];
  return { asked, measure: (run: string) => (asked.push(run), run.length * px * 0.5) };
}

describe('labelTextWidth', () => {
  it('counts Chinese names one em per character, without measuring', () => {
    const font = fakeFont(12);
    expect(labelTextWidth('烏魯木齊', 12, font.measure)).toBe(48);
    expect(labelTextWidth('北京', 13, font.measure)).toBe(26);
    expect(font.asked).toEqual([]);
  });

  it('measures Latin names with the font', () => {
    const font = fakeFont(12);
    expect(labelTextWidth('Ürümqi', 12, font.measure)).toBe(36);
    expect(font.asked).toEqual(['Ürümqi']);
  });

  it('adds both in a mixed name, measuring each Latin run once', () => {
    const font = fakeFont(10);
    // 2 ideographs (20) + "A1" (10) + 1 ideograph (10) + " x" (10)
    expect(labelTextWidth('二連A1市 x', 10, font.measure)).toBe(50);
    expect(font.asked).toEqual(['A1', ' x']);
  });

  it('counts full-width punctuation, kana, hangul and characters beyond the BMP as one em', () => {
    const font = fakeFont(10);
    expect(labelTextWidth('（）・ア한𠀀', 10, font.measure)).toBe(60);
    expect(font.asked).toEqual([]);
  });

  it('is 0 for an empty name', () => {
    expect(labelTextWidth('', 12, () => 99)).toBe(0);
  });
});
