import { describe, expect, it } from 'vitest';
import { foldName, foldQuery } from './normalize';
import { indexEntries, searchEntries, type FinderEntry } from './search';
import { finderEntries } from './finder-data';
import { finderData } from '@/lib/atlas/cities';

describe('foldName', () => {
  it('drops case, accents, spaces and punctuation, and keeps Chinese as it is', () => {
    expect(foldName('Ürümqi')).toBe('urumqi');
    expect(foldName("Xi'an")).toBe('xian');
    expect(foldName('Hong Kong')).toBe('hongkong');
    expect(foldName('ＤＡＬＩＡＮ')).toBe('dalian');
    expect(foldName(' 大連 ')).toBe('大連');
  });
  it('offers the query without a trailing administrative suffix too', () => {
    expect(foldQuery('大連市')).toEqual(['大連市', '大連']);
    expect(foldQuery('遼寧省')).toEqual(['遼寧省', '遼寧']);
    expect(foldQuery('市')).toEqual(['市']);
    expect(foldQuery('   ')).toEqual([]);
  });
});

const toy: FinderEntry[] = [
  { kind: 'city', id: 'dalian', names: ['大連', '大连', 'Dalian'] },
  { kind: 'city', id: 'dali', names: ['大理', '大理', 'Dali'] },
  { kind: 'city', id: 'hong-kong', names: ['香港', '香港', 'Hong Kong'] },
  { kind: 'region', id: 'liaoning', names: ['遼寧', '辽宁', 'Liaoning', '遼寧省'] },
];
const index = indexEntries(toy);
const ids = (q: string) => searchEntries(index, q).map((m) => m.entry.id);

describe('searchEntries', () => {
  it('finds by Traditional, Simplified and English names, any case, by prefix', () => {
    expect(ids('大連')).toEqual(['dalian']);
    expect(ids('大连')).toEqual(['dalian']);
    expect(ids('dalian')).toEqual(['dalian']);
    expect(ids('DAL')).toEqual(['dalian', 'dali']);
    expect(ids('Dalí')).toEqual(['dali', 'dalian']);
  });
  it('puts exact matches first, and finds the start of any word', () => {
    expect(searchEntries(index, 'dali')[0]!.quality).toBe('exact');
    expect(ids('kong')).toEqual(['hong-kong']);
  });
  it('reads 市 and 省 typed after a name', () => {
    expect(ids('大連市')).toEqual(['dalian']);
    expect(ids('遼寧省')).toEqual(['liaoning']);
  });
  it('finds nothing for nothing, and never throws on junk', () => {
    expect(ids('')).toEqual([]);
    expect(ids('<script>')).toEqual([]);
    expect(ids('x'.repeat(10_000))).toEqual([]);
    expect(ids('%E0%A4%A')).toEqual([]);
  });
});

describe('the finder on the real data', () => {
  const real = indexEntries(finderEntries(finderData()));
  const first = (q: string) => searchEntries(real, q)[0]?.entry;
  it.each([
    ['大連', 'dalian'],
    ['大连', 'dalian'],
    ['dalian', 'dalian'],
    ['Dal', 'dalian'],
    ['包頭', 'baotou'],
    ['包头', 'baotou'],
    ['廣州', 'guangzhou'],
    ['Shenyang', 'shenyeng'],
    ['瀋陽', 'shenyeng'],
    ['沈阳', 'shenyeng'],
  ])('%s → %s', (q, id) => {
    expect(first(q)).toMatchObject({ kind: 'city', id });
  });
  it('finds the provinces and the offices by name', () => {
    expect(first('黑龍江')).toMatchObject({ kind: 'region', id: 'heilongjiang' });
    expect(first('内蒙古')).toMatchObject({ kind: 'region', id: 'inner-mongolia' });
    expect(first('Ningxia')).toMatchObject({ kind: 'region', id: 'ningxia' });
    expect(searchEntries(real, '天津').map((m) => m.entry.kind)).toContain('place');
  });
});
