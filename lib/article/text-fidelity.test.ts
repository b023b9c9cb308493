import { describe, expect, it } from 'vitest';
import { flattenSections } from './find-section';
import { parseArticle } from './parse-article';
import { toPlainText } from './rich-text';
import { collectStrings, readSeedWikitext } from './testing';
import type { ListItem } from './types';

// An independent, deliberately naive reading of the seed wikitext, to check against.
const seed = readSeedWikitext();
const article = parseArticle(seed);

/** Strips the markup the seed's prose uses: refs, bold, internal and external links. */
function stripMarkup(wikitext: string): string {
  return wikitext
    .replace(/<ref[^>]*>[\s\S]*?<\/ref>/g, '')
    .replace(/'''/g, '')
    .replace(/\[\[[^\]|]*\|([^\]]*)\]\]/g, '$1')
    .replace(/\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\[https?:\/\/\S+ ([^\]]*)\]/g, '$1')
    .trim();
}

const isListLine = (line: string) => /^[*#]/.test(line);
const isMarkupOnly = (line: string) =>
  /^(\{\{.*\}\}|\[\[(File|Category):.*\]\])$/.test(line.trim());

/** The prose of each blank-line-separated block of a part of the wikitext. */
function proseOf(part: string): string[] {
  return part
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .filter((line) => !isListLine(line) && !isMarkupOnly(line) && !/^=+.*=+$/.test(line))
        .join(''),
    )
    .map(stripMarkup)
    .filter((text) => text !== '');
}

const [beforeHeadings = '', ...headedParts] = seed.split(/\n(?==+[^=\n]+=+\n)/);
const leadWikitext = beforeHeadings.slice(beforeHeadings.indexOf('[[File:'));
const flattenItems = (items: ListItem[]): ListItem[] =>
  items.flatMap((item) => [item, ...flattenItems(item.children)]);

describe('text fidelity on the seed article', () => {
  it('gives each lead paragraph exactly as written, minus markup', () => {
    expect(proseOf(leadWikitext)).toHaveLength(4);
    expect(article.lead.map((p) => toPlainText(p.content))).toEqual(proseOf(leadWikitext));
  });

  it('gives each section paragraph exactly as written, minus markup', () => {
    const paragraphs = flattenSections(article.sections).flatMap((s) => s.paragraphs);
    expect(headedParts.flatMap(proseOf)).toHaveLength(6);
    expect(paragraphs.map((p) => toPlainText(p.content))).toEqual(headedParts.flatMap(proseOf));
  });

  it('gives each list item exactly as written, minus markers and markup', () => {
    const written = seed
      .split('\n')
      .filter(isListLine)
      .map((line) => stripMarkup(line.replace(/^[*#]+/, '')));
    const items = flattenSections(article.sections).flatMap((s) =>
      flattenItems(s.lists.flatMap((list) => list.items)),
    );
    expect(written).toHaveLength(19);
    expect(items.map((item) => toPlainText(item.content))).toEqual(written);
  });

  it('keeps every 。 and the full-width punctuation', () => {
    const prose = [
      ...article.lead.map((p) => toPlainText(p.content)),
      ...flattenSections(article.sections).flatMap((s) =>
        s.paragraphs.map((p) => toPlainText(p.content)),
      ),
    ].join('');
    const count = (text: string, char: string) => text.split(char).length - 1;
    const writtenProse = [leadWikitext, ...headedParts].flatMap(proseOf).join('');
    for (const char of ['。', '，', '、', '；', '：', '「', '」', '《', '》', '（', '）']) {
      expect(count(prose, char), char).toBe(count(writtenProse, char));
    }
    expect(count(prose, '。')).toBeGreaterThan(10);
  });

  it('leaks no wikitext, ref, HTML or mangled punctuation into any string', () => {
    const texts = collectStrings(article).filter(
      ({ at }) => !/\.(href|url|licenseUrl|placeHref|src|iso)$/.test(at),
    );
    for (const { at, text } of texts) {
      expect(text, at).not.toMatch(/\[\[|\]\]|\{\{|\}\}|<ref|'''|<\/?[a-z][^>]*>/i);
      expect(text, at).not.toMatch(/\p{Script=Han}\. /u); // wtf_wikipedia's 。 → ". "
      expect(text, at).not.toMatch(/[\uE000-\uF8FF]|[\u{1F1E6}-\u{1F1FF}]/u); // placeholders, flags
      expect(text, at).not.toMatch(/^(香港政府部門基礎資訊|Cite news|Reflist|Portal)$/i);
    }
  });
});
