import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format-date';

describe('formatIsoDate', () => {
  it('writes a day in each language', () => {
    expect(formatIsoDate('2005-09-26', 'zh-Hant')).toBe('2005年9月26日');
    expect(formatIsoDate('2005-09-26', 'zh-Hans')).toBe('2005年9月26日');
    expect(formatIsoDate('2005-09-26', 'en')).toBe('September 26, 2005');
  });

  it('is only as precise as the date it is given', () => {
    expect(formatIsoDate('2017-02', 'en')).toBe('February 2017');
    expect(formatIsoDate('2017-02', 'zh-Hant')).toBe('2017年2月');
    expect(formatIsoDate('1999', 'en')).toBe('1999');
    expect(formatIsoDate('1999', 'zh-Hant')).toBe('1999年');
  });

  it('does not shift the day with the time zone', () => {
    expect(formatIsoDate('1999-01-01', 'en')).toBe('January 1, 1999');
    expect(formatIsoDate('2024-02-29', 'en')).toBe('February 29, 2024');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatIsoDate('2005-13-40', 'en')).toBe('2005-13-40');
    expect(formatIsoDate('2005-02-30', 'en')).toBe('2005-02-30');
    expect(formatIsoDate('2023-02-29', 'en')).toBe('2023-02-29');
    expect(formatIsoDate('soon', 'zh-Hant')).toBe('soon');
  });
});
