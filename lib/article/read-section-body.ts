import type { TextCleaner } from './clean-text';
import { isListLine, readLists } from './read-lists';
import { toPlainText } from './rich-text';
import { toRichTextOfSentences } from './to-rich-text';
import type { List, Paragraph } from './types';
import type { WtfParagraph } from './wtf-shapes';

/** The prose and lists of one section, and the order they are written in. */
export type SectionBody = { paragraphs: Paragraph[]; lists: List[]; blockOrder: string[] };

/** True when a wtf_wikipedia paragraph's wikitext has prose before its first list line. */
function startsWithProse(paragraphWikitext: string): boolean {
  for (const line of paragraphWikitext.split('\n')) {
    if (isListLine(line)) return false;
    if (line.trim() !== '') return true;
  }
  return true;
}

/**
 * Reads the paragraphs (prose) and lists of a section from wtf_wikipedia's paragraphs. Ids
 * are `<idPrefix>-p1`, `<idPrefix>-l1`, … in reading order. Paragraphs with no text (e.g. an
 * image or a removed template alone) are left out.
 */
export function readSectionBody(
  wtfParagraphs: WtfParagraph[],
  idPrefix: string,
  clean: TextCleaner,
): SectionBody {
  const body: SectionBody = { paragraphs: [], lists: [], blockOrder: [] };
  let listCount = 0;
  const nextListId = () => `${idPrefix}-l${(listCount += 1)}`;
  for (const wtfParagraph of wtfParagraphs) {
    const content = toRichTextOfSentences(wtfParagraph.sentences(), clean);
    const wtfLists = wtfParagraph.lists();
    const lists = readLists(wtfLists, clean, nextListId);
    const paragraph =
      toPlainText(content).trim() === ''
        ? null
        : { id: `${idPrefix}-p${body.paragraphs.length + 1}`, content };
    const proseFirst = startsWithProse(wtfLists[0]?.wikitext() ?? '');
    const blocks = proseFirst ? [paragraph, ...lists] : [...lists, paragraph];
    for (const block of blocks) {
      if (block === null) continue;
      if ('items' in block) body.lists.push(block);
      else body.paragraphs.push(block);
      body.blockOrder.push(block.id);
    }
  }
  return body;
}
