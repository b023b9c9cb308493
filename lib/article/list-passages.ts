import { findSection, flattenSections, SECTION_TITLES } from './find-section';
import { toPlainText } from './rich-text';
import type { Article, ListItem } from './types';

/** A piece of the article's text that can mention a place. */
export type Passage = { id: string; sectionTitle: string | null; text: string };

/** Sections of links and sources, not prose about the Office. */
const NAVIGATION_TITLES: readonly string[] = [
  ...SECTION_TITLES.references,
  ...SECTION_TITLES.externalLinks,
  ...SECTION_TITLES.seeAlso,
];

function itemPassages(items: ListItem[], sectionTitle: string): Passage[] {
  return items.flatMap((item) => [
    { id: item.id, sectionTitle, text: toPlainText(item.content) },
    ...itemPassages(item.children, sectionTitle),
  ]);
}

/**
 * The article's passages in reading order: lead paragraphs (`sectionTitle` null), then each
 * section's paragraphs and list items (so functions, heads and events, under their own ids),
 * then each address's sentences (`address-<id>-s1`, …). Link sections (参考文献, 外部連結,
 * 参见) are left out. `text` is plain text, exactly as in the article.
 */
export function listPassages(article: Article): Passage[] {
  const lead = article.lead.map((paragraph) => ({
    id: paragraph.id,
    sectionTitle: null,
    text: toPlainText(paragraph.content),
  }));
  const sections = flattenSections(article.sections)
    .filter((section) => !NAVIGATION_TITLES.includes(section.title))
    .flatMap((section) => [
      ...section.paragraphs.map((paragraph) => ({
        id: paragraph.id,
        sectionTitle: section.title,
        text: toPlainText(paragraph.content),
      })),
      ...itemPassages(
        section.lists.flatMap((list) => list.items),
        section.title,
      ),
    ]);
  const locationTitle =
    findSection(article.sections, SECTION_TITLES.location)?.title ?? SECTION_TITLES.location[0];
  const addresses = article.addresses.flatMap((address) =>
    address.sentences.map((text, index) => ({
      id: `address-${address.id}-s${index + 1}`,
      sectionTitle: locationTitle,
      text,
    })),
  );
  return [...lead, ...sections, ...addresses];
}
