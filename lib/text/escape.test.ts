import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape';

describe('escapeMarkup', () => {
  it('escapes the five XML specials', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('leaves Chinese and ordinary text alone', () => {
    expect(escapeMarkup('駐天津聯絡處 · Tianjin Liaison Unit')).toBe(
      '駐天津聯絡處 · Tianjin Liaison Unit',
    );
  });

  it('drops control characters XML cannot hold, keeps tab and newline', () => {
    expect(escapeMarkup('a\u0000b\u001bc\td\ne')).toBe('abc\td\ne');
  });

  it('leaves nothing that could end an attribute or open a tag', () => {
    const escaped = escapeMarkup(`" onload='alert(1)' x="<script>`);
    expect(escaped).not.toMatch(/["'<>]/);
  });

  it('says what is wrong when given no string', () => {
    expect(() => escapeMarkup(undefined as never)).toThrow('escapeMarkup: text must be a string');
  });
});
