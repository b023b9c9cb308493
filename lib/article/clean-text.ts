import { type Marks, restoreMarks } from './prepare-wikitext';
import { removeHiddenBlocks } from './remove-hidden-html';

/** Turns a string from wtf_wikipedia into text as written. */
export type TextCleaner = (raw: string) => string;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi;
// As HTML reads a tag: "<" or "</", a letter, anything up to ">".
const TAG = /<\/?[a-z][^<>]*>/gi;
const UNCLOSED_TAG = /<\/?(?:ref|references|script|style|iframe|img|svg|object|embed)\b[^>]*$/gi;
const COMMENT_MARK = /<!--|-->/g;
const WIKI_TOKEN = /\[\[|\]\]|\{\{|\}\}|'{2,}/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (match, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? match;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : match;
  });
}

/** One round of removals; markup removed can join two halves of other markup. */
function removeMarkup(text: string): string {
  return removeHiddenBlocks(text)
    .replace(TAG, '')
    .replace(UNCLOSED_TAG, '')
    .replace(COMMENT_MARK, '')
    .replace(WIKI_TOKEN, '');
}

/** Replaces unpaired UTF-16 surrogates with U+FFFD so the text encodes everywhere. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Makes a cleaner for one parse: undoes the marks of `prepareWikitext` (drops refs, puts back
 * `。`), decodes HTML entities, drops HTML tags (and the contents of `<script>`/`<style>`),
 * and drops wikitext tokens wtf_wikipedia left behind in malformed input (`[[`, `]]`, `{{`,
 * `}}`, `''`). Whitespace is kept; callers trim where a boundary is.
 */
export function createTextCleaner(marks: Marks | null): TextCleaner {
  return (raw) => {
    let text = decodeEntities(restoreMarks(raw, marks));
    for (let next = removeMarkup(text); next !== text; next = removeMarkup(text)) text = next;
    return toWellFormed(text);
  };
}
