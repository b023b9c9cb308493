import { findSection, SECTION_TITLES } from './find-section';
import type { ExternalLink, ListItem, Section } from './types';

function linksOf(items: ListItem[]): ExternalLink[] {
  return items.flatMap((item) => [
    ...item.content.flatMap((run) =>
      run.kind === 'link' ? [{ text: run.text.trim(), href: run.href }] : [],
    ),
    ...linksOf(item.children),
  ]);
}

/** The links listed in the 外部連結 section, in order (only http(s) links survive parsing). */
export function extractExternalLinks(sections: Section[]): ExternalLink[] {
  const section = findSection(sections, SECTION_TITLES.externalLinks);
  return linksOf(section?.lists.flatMap((list) => list.items) ?? []);
}
