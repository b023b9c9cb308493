import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  datePrecision,
  daysInMonth,
  firstDay,
  isIsoDate,
  isLeapYear,
  lastDay,
  readIsoDate,
  toIsoDate,
  toUtcDate,
} from './dates';

describe('leap years and month lengths', () => {
  it('follows the Gregorian rule: every 4th year, not every 100th, again every 400th', () => {
    expect([1999, 2000, 2004, 1900, 2100, 2400].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it('gives February 29 days only in leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it('agrees with the JavaScript calendar for every month of four centuries', () => {
    for (let year = 1800; year < 2200; year++) {
      for (let month = 1; month <= 12; month++) {
        const js = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(js);
      }
    }
  });
});

describe('readIsoDate', () => {
  it('reads each precision', () => {
    expect(readIsoDate('1999')).toEqual({
      year: 1999,
      month: undefined,
      day: undefined,
      precision: 'year',
    });
    expect(readIsoDate('2005-09')).toEqual({
      year: 2005,
      month: 9,
      day: undefined,
      precision: 'month',
    });
    expect(readIsoDate('2005-09-26')).toEqual({
      year: 2005,
      month: 9,
      day: 26,
      precision: 'day',
    });
  });

  it.each([
    '2023-02-29',
    '2023-02-30',
    '2024-02-30',
    '2006-04-31',
    '2005-13',
    '2005-00',
    '2005-01-00',
    '2005-01-32',
  ])('refuses %s: no such day or month', (iso) => expect(readIsoDate(iso)).toBeNull());

  it('keeps leap days in leap years, including 2000 and not 1900', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it.each(['', '99', '1999-1', '1999-01-1', '1999/01/01', ' 1999', '1999-01-01T00:00', '１９９９'])(
    'refuses %j: not YYYY, YYYY-MM or YYYY-MM-DD',
    (iso) => expect(readIsoDate(iso)).toBeNull(),
  );
});

describe('datePrecision', () => {
  it('is the precision given, or null for what is not a date', () => {
    expect(datePrecision('2012')).toBe('year');
    expect(datePrecision('2012-02')).toBe('month');
    expect(datePrecision('2012-02-29')).toBe('day');
    expect(datePrecision('2013-02-29')).toBeNull();
    expect(datePrecision('soon')).toBeNull();
  });
});

describe('toIsoDate', () => {
  it('pads the numbers to each precision', () => {
    expect(toIsoDate(1999)).toBe('1999');
    expect(toIsoDate(2004, 1)).toBe('2004-01');
    expect(toIsoDate(2004, 1, 4)).toBe('2004-01-04');
    expect(toIsoDate(5, 3)).toBe('0005-03');
  });

  it('is null for a month or day that does not exist', () => {
    expect(toIsoDate(2006, 4, 31)).toBeNull();
    expect(toIsoDate(2007, 2, 29)).toBeNull();
    expect(toIsoDate(2006, 13)).toBeNull();
    expect(toIsoDate(2006, 0)).toBeNull();
    expect(toIsoDate(2006, 1, 0)).toBeNull();
    expect(toIsoDate(2006, 1.5)).toBeNull();
    expect(toIsoDate(10000)).toBeNull();
  });
});

describe('firstDay and lastDay', () => {
  it('span the year, the month or the one day a date names', () => {
    expect([firstDay('1999'), lastDay('1999')]).toEqual(['1999-01-01', '1999-12-31']);
    expect([firstDay('2005-09'), lastDay('2005-09')]).toEqual(['2005-09-01', '2005-09-30']);
    expect([firstDay('2012-07-18'), lastDay('2012-07-18')]).toEqual(['2012-07-18', '2012-07-18']);
  });

  it('end February on the 29th only in leap years', () => {
    expect(lastDay('2012-02')).toBe('2012-02-29');
    expect(lastDay('2013-02')).toBe('2013-02-28');
    expect(lastDay('1900-02')).toBe('1900-02-28');
    expect(lastDay('2000-02')).toBe('2000-02-29');
  });

  it('throw on what is not a date instead of making one up', () => {
    expect(() => firstDay('2023-02-30')).toThrow(RangeError);
    expect(() => lastDay('2005-13')).toThrow(RangeError);
    expect(() => firstDay('soon')).toThrow(RangeError);
  });

  it('give real days, the first never after the last, for any partial date', () => {
    const partial = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.option(fc.integer({ min: 1, max: 12 })),
        fc.integer({ min: 1, max: 31 }),
        fc.boolean(),
      )
      .map(([y, m, d, withDay]) => toIsoDate(y, m ?? undefined, m && withDay ? d : undefined))
      .filter((iso): iso is string => iso !== null);
    fc.assert(
      fc.property(partial, (iso) => {
        const first = firstDay(iso);
        const last = lastDay(iso);
        expect(datePrecision(first)).toBe('day');
        expect(datePrecision(last)).toBe('day');
        expect(first <= last).toBe(true);
        expect(first.startsWith(iso) && last.startsWith(iso)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toUtcDate', () => {
  it('is midnight UTC of the first day, whatever the time zone', () => {
    expect(toUtcDate('2005-09-26').toISOString()).toBe('2005-09-26T00:00:00.000Z');
    expect(toUtcDate('2012-02').toISOString()).toBe('2012-02-01T00:00:00.000Z');
    expect(toUtcDate('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('keeps years below 100 instead of reading them as 19xx', () => {
    expect(toUtcDate('0050').getUTCFullYear()).toBe(50);
  });
});
