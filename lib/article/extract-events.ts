import { findDateSpan } from './find-date-span';
import { findSection, SECTION_TITLES } from './find-section';
import { toPlainText } from './rich-text';
import type { Event, ListItem, Section } from './types';

const QUOTED = /「([^「」]+)」/;

/** The first link whose text lies inside [start, end) of the item's text. */
function findPlaceLink(item: ListItem, start: number, end: number) {
  let offset = 0;
  for (const run of item.content) {
    const runEnd = offset + run.text.length;
    if (run.kind === 'link' && offset >= start && runEnd <= end) return run;
    offset = runEnd;
  }
  return null;
}

function toEvent(item: ListItem): Event | null {
  const text = toPlainText(item.content);
  const found = findDateSpan(text);
  if (!found) return null;
  const quoted = QUOTED.exec(text.slice(0, found.index));
  const name = (quoted ? (quoted[1] ?? '') : text.slice(0, found.index)).trim();
  if (name === '') return null;
  const nameStart = quoted ? quoted.index + 1 : 0;
  const place = findPlaceLink(item, nameStart, nameStart + (quoted?.[1]?.length ?? found.index));
  return {
    id: item.id,
    name,
    place: place?.text.trim() ?? '',
    placeHref: place?.href ?? null,
    start: found.span.start,
    end: found.span.end,
    raw: found.span.raw,
  };
}

/**
 * The promotion events listed under 活動, e.g.
 * `*「[[吉林]]·香港節」（2004年1月4日─1月11日）` → `{ name: '吉林·香港節', place: '吉林',
 * start: 2004-01-04, end: 2004-01-11 }`. The place is the link inside the name. Items without a
 * readable date span are left out.
 */
export function extractEvents(sections: Section[]): Event[] {
  const section = findSection(sections, SECTION_TITLES.events);
  const items = section?.lists.flatMap((list) => list.items) ?? [];
  return items.flatMap((item) => toEvent(item) ?? []);
}
