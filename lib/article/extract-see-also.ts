import { findSection, SECTION_TITLES } from './find-section';
import type { ListItem, Section } from './types';

/** The items of the 参见 section's lists, nesting kept (`**` items are `children`). */
export function extractSeeAlso(sections: Section[]): ListItem[] {
  const section = findSection(sections, SECTION_TITLES.seeAlso);
  return section?.lists.flatMap((list) => list.items) ?? [];
}
