import { describe, expect, it } from 'vitest';
import { isSafeHref } from './is-safe-href';

describe('isSafeHref', () => {
  it('accepts absolute http(s) URLs', () => {
    expect(isSafeHref('http://www.bjo.gov.hk')).toBe(true);
    expect(isSafeHref('https://zh.wikipedia.org/wiki/%E5%8C%97%E4%BA%AC')).toBe(true);
  });

  it('rejects everything else', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//evil.example',
      '/wiki/x',
      'http://',
      'https://a b',
      'http://a"onmouseover="x',
      'http://a\nb',
      '',
      null,
      42,
    ];
    for (const url of unsafe) expect(isSafeHref(url), String(url)).toBe(false);
  });
});
