import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, dayAt, dayIndex } from './timeline-scale';
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

describe('addMonths', () => {
  const last = '2026-12-01';
  it('moves by months and years, keeping the day where the month has it', () => {
    expect(addMonths('2005-09-26', 1, last)).toBe('2005-10-26');
    expect(addMonths('2005-09-26', -12, last)).toBe('2004-09-26');
    expect(addMonths('2004-01-31', 1, last)).toBe('2004-02-29');
    expect(addMonths('2005-01-31', 1, last)).toBe('2005-02-28');
    expect(addMonths('2005-12-15', 1, last)).toBe('2006-01-15');
  });

  it('stops at the ends of the timeline', () => {
    expect(addMonths('1999-01-15', -1, last)).toBe(FIRST_DATE);
    expect(addMonths('2026-11-20', 1, last)).toBe(last);
  });
});
