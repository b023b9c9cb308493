import { findDateSpan } from './find-date-span';
import { findSection, SECTION_TITLES } from './find-section';
import { toPlainText } from './rich-text';
import type { Head, ListItem, Section } from './types';

/** The first link in the item's text before `end` (the term), if any. */
function findNameLink(item: ListItem, end: number): { text: string; href: string } | null {
  let offset = 0;
  for (const run of item.content) {
    if (offset >= end) break;
    if (run.kind === 'link') return { text: run.text.trim(), href: run.href };
    offset += run.text.length;
  }
  return null;
}

function toHead(item: ListItem): Head | null {
  const text = toPlainText(item.content);
  const found = findDateSpan(text);
  if (!found) return null;
  const link = findNameLink(item, found.index);
  const name = link?.text || text.slice(0, found.index).trim();
  if (name === '') return null;
  return { id: item.id, name, href: link?.href ?? null, term: found.span };
}

/**
 * The heads of the Office in the order listed under 歷任首長, e.g.
 * `#[[梁寶榮]]（1999年─2005年）` → `{ name: '梁寶榮', term: { start: 1999, end: 2005 } }`.
 * Items without a readable term are left out.
 */
export function extractHeads(sections: Section[]): Head[] {
  const section = findSection(sections, SECTION_TITLES.heads);
  const items = section?.lists.flatMap((list) => list.items) ?? [];
  return items.flatMap((item) => toHead(item) ?? []);
}
