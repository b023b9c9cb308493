import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';
import { readSeedWikitext } from './testing';
import { REQUIRED_INFOBOX_FIELDS, validateArticle } from './validate-article';

const seed = readSeedWikitext();

describe('validateArticle', () => {
  it('accepts the seed article', () => {
    expect(validateArticle(parseArticle(seed))).toEqual({ ok: true });
  });

  it('names each missing infobox field when the infobox is removed', () => {
    const withoutInfobox = seed.slice(seed.indexOf('[[File:'));
    const result = validateArticle(parseArticle(withoutInfobox));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    for (const key of REQUIRED_INFOBOX_FIELDS) {
      expect(errors).toContain(`infobox field ${key} is missing`);
    }
    expect(errors).toContain('infobox field 總部 is missing');
    expect(errors).toHaveLength(REQUIRED_INFOBOX_FIELDS.length); // the rest is still there
  });

  it('names a missing section, heads and addresses', () => {
    const withoutLocation = seed.replace(/== 位置 ==[\s\S]*?(?=== 参考文献 ==)/, '');
    const withoutHeads = seed.replace(/^#.*\n/gm, '');
    expect(validateArticle(parseArticle(withoutLocation))).toEqual({
      ok: false,
      errors: ['section 位置 is missing', 'section 位置 has no address'],
    });
    expect(validateArticle(parseArticle(withoutHeads))).toEqual({
      ok: false,
      errors: ['heads: expected at least one head'],
    });
  });

  it('names a missing title and everything else in empty wikitext', () => {
    const result = validateArticle(parseArticle(''));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual(
      expect.arrayContaining([
        'title is missing',
        'lead: expected at least one paragraph',
        'section 職能 is missing',
        'heads: expected at least one head',
        'section 位置 has no address',
      ]),
    );
  });

  it('reports shape errors with their path', () => {
    const article = parseArticle(seed);
    const broken = { ...article, heads: [{ ...article.heads[0], href: 'javascript:alert(1)' }] };
    const result = validateArticle(broken);
    expect(result).toEqual({ ok: false, errors: ['shape: heads.0.href: not an http(s) URL'] });
    expect(validateArticle(null).ok).toBe(false);
  });
});
