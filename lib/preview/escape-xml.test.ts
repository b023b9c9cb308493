import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;amp;&#60;/a&#62;',
    );
  });

  it('leaves Chinese and ordinary text alone', () => {
    expect(escapeXml('駐天津聯絡處 · Tianjin Liaison Unit')).toBe(
      '駐天津聯絡處 · Tianjin Liaison Unit',
    );
  });

  it('drops control characters XML cannot hold, keeps tab and newline', () => {
    expect(escapeXml('a\u0000b\u001bc\td\ne')).toBe('abc\td\ne');
  });

  it('says what is wrong when given no string', () => {
    expect(() => escapeXml(undefined as never)).toThrow('escapeXml: text must be a string');
  });
});
