import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayAt, dayIndex } from './timeline-scale';
import { FIRST_DATE } from '@/lib/url/view-state';

describe('timeline scale', () => {
  it('starts at 0 on the first day and counts days', () => {
    expect(dayIndex(FIRST_DATE)).toBe(0);
    expect(dayAt(dayIndex('2005-09-26'))).toBe('2005-09-26');
    expect(dayIndex('2000-01-01')).toBe(365);
  });

  it('round-trips every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (i) => {
        expect(dayIndex(dayAt(i))).toBe(i);
      }),
    );
  });
});
