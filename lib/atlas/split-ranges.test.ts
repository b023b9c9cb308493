import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitRanges } from './split-ranges';

describe('splitRanges', () => {
  it('marks the ranges', () => {
    expect(splitRanges('2004天津·香港周', [[4, 6]])).toEqual([
      { text: '2004', marked: false },
      { text: '天津', marked: true },
      { text: '·香港周', marked: false },
    ]);
  });

  it('merges overlaps and clamps out-of-range offsets', () => {
    expect(
      splitRanges('abcdef', [
        [1, 3],
        [2, 4],
        [5, 99],
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'e', marked: false },
      { text: 'f', marked: true },
    ]);
  });

  it('always gives back the text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 }))),
        (t, r) => {
          expect(
            splitRanges(t, r)
              .map((p) => p.text)
              .join(''),
          ).toBe(t);
        },
      ),
    );
  });
});
