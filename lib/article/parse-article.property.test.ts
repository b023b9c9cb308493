import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';
import { articleSchema } from './schema';
import { collectStrings, readSeedWikitext } from './testing';
import type { Article } from './types';

const seed = readSeedWikitext();

const TOKENS = [
  '{{',
  '}}',
  '[[',
  ']]',
  '[',
  ']',
  '|',
  '=',
  '==',
  '\n',
  '\n\n',
  "'''",
  '<ref>',
  '</ref>',
  '<ref name="a"/>',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '* ',
  '# ',
  '** ',
  '。',
  '（',
  '{{CHN}}',
  '{{URL|',
  '{{Cite news|url=',
  '[[File:',
  '[[Category:',
  '&lt;',
  '&#0;',
  '\uE000',
  '\uD800',
];

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const junk = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

type Edit = (text: string) => string;
const at = (text: string, f: number) => Math.floor(f * text.length);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fraction, fc.integer({ min: 1, max: 400 })).map(
    ([f, length]): Edit =>
      (t) =>
        t.slice(0, at(t, f)) + t.slice(at(t, f) + length),
  ),
  fc.tuple(fraction, junk).map(
    ([f, piece]): Edit =>
      (t) =>
        t.slice(0, at(t, f)) + piece + t.slice(at(t, f)),
  ),
  fc
    .tuple(fraction, fraction, fc.integer({ min: 1, max: 300 }))
    .map(([from, to, length]): Edit => (t) => {
      const piece = t.slice(at(t, from), at(t, from) + length);
      return t.slice(0, at(t, to)) + piece + t.slice(at(t, to));
    }),
  fraction.map(
    (f): Edit =>
      (t) =>
        t.slice(0, at(t, f)),
  ),
);
const mutatedSeed = fc
  .array(edit, { maxLength: 12 })
  .map((edits) => edits.reduce((t, e) => e(t), seed));
const wikitextSoup = fc
  .array(fc.oneof(junk, fc.constantFrom('北京', '天津', '1999年─2005年', ' ')), { maxLength: 300 })
  .map((pieces) => pieces.join(''));

const MARKUP = /\[\[|\]\]|\{\{|\}\}|<ref|<\/?[a-z][^<>]*>/i;
const PRIVATE_USE = /[\uE000-\uF8FF]/;

/** The invariants every parse keeps, whatever the input. */
function expectWellFormed(article: Article, input: string): void {
  const shape = articleSchema.safeParse(article);
  expect(shape.success, shape.error?.message).toBe(true);
  // our private-use marks never leak (unless the input itself holds such characters)
  const leaks = PRIVATE_USE.test(input)
    ? MARKUP
    : new RegExp(`${MARKUP.source}|${PRIVATE_USE.source}`, 'i');
  const leaked = collectStrings(article).filter(
    ({ at: where, text }) =>
      !/\.(href|url|licenseUrl|placeHref|src)$/.test(where) && leaks.test(text),
  );
  expect(leaked).toEqual([]);
}

const parses = (wikitext: string) => {
  expectWellFormed(parseArticle(wikitext), typeof wikitext === 'string' ? wikitext : '');
};

describe('parseArticle never throws and always gives a well-formed Article', () => {
  it('on mutations of the seed article', () => {
    fc.assert(fc.property(mutatedSeed, parses), { numRuns: 200 });
  });

  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), parses), { numRuns: 200 });
  });

  it('on random wikitext soup', () => {
    fc.assert(fc.property(wikitextSoup, parses), { numRuns: 200 });
  });

  // Not 200,000 characters of `[[` or `{{`: wtf_wikipedia needs ~8 s for those (but copes).
  it('on 200,000-character inputs', () => {
    const long = fc.array(mutatedSeed, { minLength: 1, maxLength: 3 }).map((texts) => {
      const unit = `${texts.join('')}\n\n${seed}`;
      return unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
    });
    fc.assert(fc.property(long, parses), { numRuns: 8 });
  }, 30_000);

  // With line breaks: wtf_wikipedia's sentence splitter is quadratic in the length of a line
  // (a 60,000-character line takes ~10 s).
  it('on 200,000 random UTF-16 code units', () => {
    let state = 20240601; // a fixed linear congruential sequence: fast and repeatable
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
    const unit = () => (next() % 200 === 0 ? '\n' : String.fromCharCode(next() % 0x10000));
    parses(Array.from({ length: 200_000 }, unit).join(''));
  }, 30_000);

  it('on empty, blank and absurd inputs', () => {
    const absurd = [
      '',
      ' ',
      '\n\n\n',
      '{{',
      '}}',
      '[[',
      '==',
      '{{香港政府部門基礎資訊}}',
      '{{香港政府部門基礎資訊|=}}',
      '<ref>',
      '<!--',
      '\u0000'.repeat(100),
      Array.from({ length: 6400 }, (_, i) => String.fromCharCode(0xe000 + i)).join('') + '。',
    ];
    for (const text of absurd) parses(text);
    parses(null as unknown as string);
    parses(42 as unknown as string);
  });
});
