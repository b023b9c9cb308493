import { describe, expect, it } from 'vitest';
import { parseDateSpan, parsePartialDate } from './parse-date-span';

describe('parsePartialDate', () => {
  it('reads year, month and day precision', () => {
    expect(parsePartialDate('1999年')).toEqual({ iso: '1999', precision: 'year' });
    expect(parsePartialDate('2004年1月')).toEqual({ iso: '2004-01', precision: 'month' });
    expect(parsePartialDate('2006年4月30日')).toEqual({ iso: '2006-04-30', precision: 'day' });
  });

  it('rejects what is not a calendar date', () => {
    for (const text of ['', '1999', '2006年4月31日', '2006年13月', '2007年2月29日', '約1999年']) {
      expect(parsePartialDate(text), text).toBeNull();
    }
    expect(parsePartialDate('2008年2月29日')?.iso).toBe('2008-02-29');
  });
});

describe('parseDateSpan', () => {
  it('reads the separators the article uses', () => {
    expect(parseDateSpan('1999年─2005年')).toEqual({
      start: { iso: '1999', precision: 'year' },
      end: { iso: '2005', precision: 'year' },
      open: false,
      raw: '1999年─2005年',
    });
    expect(parseDateSpan('2012年7月18日－2014年12月21日')?.end?.iso).toBe('2014-12-21');
    expect(parseDateSpan('2012年7月18日至2014年12月21日')?.end?.iso).toBe('2014-12-21');
  });

  it('lets the end inherit the year (and month) of the start', () => {
    expect(parseDateSpan('2004年1月4日─1月11日')?.end).toEqual({
      iso: '2004-01-11',
      precision: 'day',
    });
    expect(parseDateSpan('2004年10月27日─11月3日')?.end?.iso).toBe('2004-11-03');
    expect(parseDateSpan('2004年5月26日─28日')?.end?.iso).toBe('2004-05-28');
  });

  it('reads an open span and a single date', () => {
    expect(parseDateSpan('2019年1月21日－')).toEqual({
      start: { iso: '2019-01-21', precision: 'day' },
      end: null,
      open: true,
      raw: '2019年1月21日－',
    });
    expect(parseDateSpan('2019年1月21日至今')?.open).toBe(true);
    expect(parseDateSpan('2004年1月4日')).toMatchObject({ end: null, open: false });
  });

  it('gives null when it cannot read the span', () => {
    for (const text of ['', '位於瀋陽', '1999年─某時', '─2005年'])
      expect(parseDateSpan(text), text).toBeNull();
  });
});
