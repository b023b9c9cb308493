import { findSection, SECTION_TITLES } from './find-section';
import type { ListItem, Section } from './types';

/** The Office's functions: the items of the lists in the 職能 section, in order. */
export function extractFunctions(sections: Section[]): ListItem[] {
  const section = findSection(sections, SECTION_TITLES.functions);
  return section ? section.lists.flatMap((list) => list.items) : [];
}
