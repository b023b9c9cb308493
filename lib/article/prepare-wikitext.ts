import { removeComments, removeHiddenBlocks } from './remove-hidden-html';

/**
 * Private-use characters that stand in for things wtf_wikipedia would otherwise mangle. Each
 * is chosen per input so that it does not occur in it.
 */
export type Marks = {
  /** Stands for `。`, which wtf_wikipedia rewrites to `". "` (and splits sentences on). */
  fullStop: string;
  /** Put just before each `<ref…>`: wtf_wikipedia replaces a ref with a space, and eats the
   * spaces around it; the marks keep them and show where the ref was. */
  refStart: string;
  /** Put just after each `</ref>` or self-closing `<ref …/>`. */
  refEnd: string;
};

const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const REF_TAG = /<ref\b[^<>]*\/\s*>|<ref\b[^<>]*>|<\/ref\s*>/gi;
// Inline formatting tags MediaWiki renders without any text of their own. wtf_wikipedia
// replaces several of them with a space, which is wrong between CJK characters.
const FORMATTING_TAG =
  /<\/?(?:span|font|small|big|u|s|strike|del|ins|abbr|bdi|bdo|cite|dfn|em|strong|kbd|mark|q|samp|var|center|tt)\b[^<>]*>/gi;

function pickMarks(wikitext: string): Marks | null {
  const used = new Set(wikitext.match(PRIVATE_USE) ?? []);
  const free: string[] = [];
  for (let code = 0xe000; code <= 0xf8ff && free.length < 3; code += 1) {
    const candidate = String.fromCharCode(code);
    if (!used.has(candidate)) free.push(candidate);
  }
  const [fullStop, refStart, refEnd] = free;
  return fullStop && refStart && refEnd ? { fullStop, refStart, refEnd } : null;
}

/**
 * Readies wikitext for wtf_wikipedia so that the text it gives back can be made exactly as
 * written: drops comments, `<script>`/`<style>` blocks and inline formatting tags (`<span>`,
 * `<small>`, …), marks where each `<ref>` starts and ends, and swaps `。` for a mark.
 * `restoreMarks` undoes the marks. With absurd input that uses every private-use character,
 * no marks are set (null) and text comes back as wtf_wikipedia gives it.
 */
export function prepareWikitext(wikitext: string): { wikitext: string; marks: Marks | null } {
  const cleaned = removeHiddenBlocks(removeComments(wikitext)).replace(FORMATTING_TAG, '');
  const marks = pickMarks(cleaned);
  if (!marks) return { wikitext: cleaned, marks };
  const prepared = cleaned
    .split('。')
    .join(marks.fullStop)
    .replace(REF_TAG, (tag) =>
      tag.startsWith('</') || /\/\s*>$/.test(tag)
        ? `${tag.startsWith('</') ? '' : marks.refStart}${tag}${marks.refEnd}`
        : `${marks.refStart}${tag}`,
    );
  return { wikitext: prepared, marks };
}

/**
 * Undoes `prepareWikitext`'s marks in text from wtf_wikipedia: drops each ref (from its start
 * mark to its end mark, whatever wtf_wikipedia left between them) and any unpaired mark,
 * and puts back `。`.
 */
export function restoreMarks(text: string, marks: Marks | null): string {
  if (!marks) return text;
  const { fullStop, refStart, refEnd } = marks;
  return text
    .replace(new RegExp(`${refStart}[^${refStart}${refEnd}]*${refEnd}`, 'g'), '')
    .split(refStart)
    .join('')
    .split(refEnd)
    .join('')
    .split(fullStop)
    .join('。');
}
