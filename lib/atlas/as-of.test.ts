import { describe, expect, it } from 'vitest';
import { loadAtlas } from './load-atlas';
import { eventsAround, headOn, isInUse } from './as-of';

const atlas = loadAtlas();
const span = (id: string) => {
  const p = atlas.places.find((x) => x.id === id)!;
  return { from: p.dates.from.date, to: p.dates.to?.date ?? null };
};
const inUse = (day: string) =>
  atlas.places.filter((p) => isInUse(span(p.id), day)).map((p) => p.id);

describe('the office as of a date, from the real data', () => {
  it('1999: the Henderson Centre office, no liaison units', () => {
    expect(inUse('1999-06-01')).toEqual(['former-beijing-office']);
  });

  it('the move: 2005-09-25 is the old address, 2005-09-26 the new one', () => {
    expect(inUse('2005-09-25')).toEqual(['former-beijing-office']);
    expect(inUse('2005-09-26')).toEqual(['beijing-office']);
  });

  it('2010: 地安門西大街71號 under 曹萬泰; 2018: both liaison units', () => {
    expect(inUse('2010-01-01')).toEqual(['beijing-office']);
    expect(headOn(atlas.article.heads, '2010-01-01')?.name).toBe('曹萬泰');
    expect(inUse('2018-01-01')).toEqual([
      'beijing-office',
      'liaoning-liaison-unit',
      'tianjin-liaison-unit',
    ]);
  });

  it('heads: the later head on a hand-over day, nobody where the article names nobody, open terms run on', () => {
    expect(headOn(atlas.article.heads, '2012-07-18')?.name).toBe('朱曼鈴');
    expect(headOn(atlas.article.heads, '2006-02-01')).toBeNull();
    expect(headOn(atlas.article.heads, '2005-12-31')?.name).toBe('梁寶榮');
    expect(headOn(atlas.article.heads, '2026-01-01')?.name).toBe('梁志仁');
  });

  it('events around 2004-06 are the 2004 Hong Kong weeks', () => {
    expect(eventsAround(atlas.article.events, '2004-06-01').map((e) => e.name)).toEqual([
      '吉林·香港節',
      '重慶·香港周',
      '2004天津·香港周',
    ]);
    expect(eventsAround(atlas.article.events, '2012-01-01')).toEqual([]);
  });

  it('no date: everything is shown', () => {
    expect(atlas.places.every((p) => isInUse(span(p.id), null))).toBe(true);
  });
});
