import type { TextCleaner } from './clean-text';
import { joinRichText, normalizeRichText } from './rich-text';
import { toLinkHref } from './to-link-href';
import type { Inline, RichText } from './types';
import type { WtfLink, WtfSentence } from './wtf-shapes';

/**
 * wtf_wikipedia lists external links before internal ones; this puts them back in the order
 * their wikitext appears in the sentence.
 */
function sortByPosition(links: WtfLink[], wikitext: string): WtfLink[] {
  const searchFrom = new Map<string, number>();
  const placed = links.map((link, order) => {
    const raw = link.wikitext();
    const at = raw === '' ? -1 : wikitext.indexOf(raw, searchFrom.get(raw) ?? 0);
    if (at >= 0) searchFrom.set(raw, at + raw.length);
    return { link, order, at: at < 0 ? Number.MAX_SAFE_INTEGER : at };
  });
  placed.sort((a, b) => a.at - b.at || a.order - b.order);
  return placed.map((entry) => entry.link);
}

/**
 * The link's text as it appears in the sentence text, and as it should read. wtf_wikipedia
 * does not split `[[X|text]]` when the title X is one character; MediaWiki shows `text`.
 */
function readLinkText(link: WtfLink, clean: TextCleaner): { inText: string; shown: string } {
  const inText = clean(link.text());
  const page = link.page() ?? '';
  const pipe = inText.indexOf('|');
  const unsplit = link.type() !== 'external' && pipe >= 0 && page.includes('|');
  return { inText, shown: unsplit ? inText.slice(pipe + 1) : inText };
}

/**
 * Rich text of one wtf_wikipedia sentence: its text, cleaned (see `createTextCleaner`), with
 * each link's text turned into a link run where it occurs. A link whose text cannot be found,
 * or that points nowhere safe, stays plain text.
 */
export function toRichText(sentence: WtfSentence, clean: TextCleaner): RichText {
  const text = clean(sentence.text());
  const runs: Inline[] = [];
  let cursor = 0;
  for (const link of sortByPosition(sentence.links(), sentence.wikitext())) {
    const { inText, shown } = readLinkText(link, clean);
    const at = inText === '' ? -1 : text.indexOf(inText, cursor);
    if (at < 0) continue;
    runs.push({ kind: 'text', text: text.slice(cursor, at) });
    const href = toLinkHref(link, clean);
    runs.push(href ? { kind: 'link', text: shown, href } : { kind: 'text', text: shown });
    cursor = at + inText.length;
  }
  runs.push({ kind: 'text', text: text.slice(cursor) });
  return normalizeRichText(runs);
}

/** Rich text of several sentences (one paragraph or list item), joined by a space. */
export function toRichTextOfSentences(sentences: WtfSentence[], clean: TextCleaner): RichText {
  return joinRichText(sentences.map((sentence) => toRichText(sentence, clean)));
}
