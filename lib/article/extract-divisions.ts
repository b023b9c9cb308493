import { findSection, SECTION_TITLES } from './find-section';
import { toPlainText } from './rich-text';
import type { Section } from './types';

const QUOTED_DIVISION = /「([^「」]+?[組组])」/g;

/**
 * The Office's divisions (組), as quoted in the 架構及歷任首長 section, e.g.
 * 「經濟事務、貿易及聯絡組」 → `經濟事務、貿易及聯絡組`. In order, deduplicated.
 */
export function extractDivisions(sections: Section[]): string[] {
  const section = findSection(sections, SECTION_TITLES.structure);
  const divisions: string[] = [];
  for (const paragraph of section?.paragraphs ?? []) {
    for (const match of toPlainText(paragraph.content).matchAll(QUOTED_DIVISION)) {
      const name = (match[1] ?? '').trim();
      if (name !== '' && !divisions.includes(name)) divisions.push(name);
    }
  }
  return divisions;
}
