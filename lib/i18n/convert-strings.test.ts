import { describe, expect, it } from 'vitest';
import { convertStrings } from './convert-strings';
import { toSimplified } from './to-simplified';

const upper = (s: string) => s.toUpperCase();

describe('convertStrings', () => {
  it('converts strings in objects, arrays and Maps, keeping numbers, nulls and keys', () => {
    const input = { a: 'x', n: 1, z: null, list: ['y', { b: 'z' }], m: new Map([['k', ['v']]]) };
    expect(convertStrings(input, upper)).toEqual({
      a: 'X',
      n: 1,
      z: null,
      list: ['Y', { b: 'Z' }],
      m: new Map([['K', ['V']]]),
    });
  });

  it('keeps URLs, so links still lead where they did', () => {
    const url = 'https://zh.wikipedia.org/wiki/香港特別行政區政府駐北京辦事處';
    expect(convertStrings({ url, title: '駐京辦' }, toSimplified)).toEqual({
      url,
      title: '驻京办',
    });
  });

  it('does not modify its input', () => {
    const input = { a: ['x'] };
    convertStrings(input, upper);
    expect(input).toEqual({ a: ['x'] });
  });
});

describe('toSimplified', () => {
  it('converts the names the atlas shows', () => {
    expect(toSimplified('地安門西大街71號 恆基中心 遼寧 黑龍江 內蒙古 寧夏 甘肅')).toBe(
      '地安门西大街71号 恒基中心 辽宁 黑龙江 内蒙古 宁夏 甘肃',
    );
  });

  it('leaves English and numbers alone', () => {
    expect(toSimplified("71 Di'anmen West Street, 100009")).toBe("71 Di'anmen West Street, 100009");
  });
});
