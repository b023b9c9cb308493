import { findSection, SECTION_TITLES } from './find-section';
import { parsePartialDate } from './parse-date-span';
import { toPlainText } from './rich-text';
import { splitSentences } from './split-sentences';
import type { Address, AddressId, PartialDate, Section } from './types';

/** The premises we know, recognised by a distinctive part of the address as written. */
const KNOWN_ADDRESSES: ReadonlyArray<{ id: AddressId; keys: string[] }> = [
  {
    id: 'henderson-centre',
    keys: ['恆基中心', '恒基中心', '建國門內大街18號', '建国门内大街18号'],
  },
  { id: 'dianmen-west-71', keys: ['地安門西大街71號', '地安门西大街71号'] },
];

/** A Beijing street address: 北京…<number>號…, up to the next punctuation. */
const ADDRESS = /北京市?[^，。；、「」《》（）()\s]*?\d+[號号][^，。；、「」《》（）()\s]*/g;
const MOVED_IN =
  /(\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)(?:正式)?(?:落成)?(?:啟用|启用|遷入|迁入|開幕|开幕|開始運作|开始运作)/;
const AT_FOUNDING = /剛成立時|刚成立时|成立之初|成立時|成立时/;

/** When the premises came into use, read from the sentence that names them. */
function findStart(sentence: string, paragraph: string, founded: PartialDate | null) {
  const movedIn = MOVED_IN.exec(sentence);
  if (movedIn) return parsePartialDate(movedIn[1] ?? '');
  if (AT_FOUNDING.test(sentence)) return founded;
  const nearby = MOVED_IN.exec(paragraph);
  return nearby ? parsePartialDate(nearby[1] ?? '') : null;
}

/**
 * The Office's addresses from the 位置 section, in the order described: for each, the address
 * as written, the sentences of its paragraph, and when it was in use. `from` is the date it
 * came into use (落成啟用…), or `founded` for premises used 剛成立時; `to` is the next
 * address's `from` (null for the last: still in use). Unknown addresses are left out.
 */
export function extractAddresses(sections: Section[], founded: PartialDate | null): Address[] {
  const section = findSection(sections, SECTION_TITLES.location);
  const addresses: Address[] = [];
  for (const paragraph of section?.paragraphs ?? []) {
    const text = toPlainText(paragraph.content);
    const sentences = splitSentences(text);
    for (const match of text.matchAll(ADDRESS)) {
      const known = KNOWN_ADDRESSES.find(({ keys }) => keys.some((key) => match[0].includes(key)));
      if (!known || addresses.some((address) => address.id === known.id)) continue;
      const sentence = sentences.find((candidate) => candidate.includes(match[0])) ?? text;
      const from = findStart(sentence, text, founded);
      addresses.push({ id: known.id, text: match[0], from, to: null, sentences });
    }
  }
  return addresses.map((address, index) => ({
    ...address,
    to: addresses[index + 1]?.from ?? null,
  }));
}
