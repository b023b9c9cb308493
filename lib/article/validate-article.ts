import { findSection, SECTION_TITLES } from './find-section';
import { toPlainText } from './rich-text';
import { articleSchema } from './schema';
import type { AddressId, Article } from './types';

/** What `validateArticle` reports: every problem found, by name. */
export type ArticleValidation = { ok: true } | { ok: false; errors: string[] };

/** Infobox fields the app shows; each must be present and non-empty. */
export const REQUIRED_INFOBOX_FIELDS = [
  '中文部門名稱',
  '英文部門名稱',
  '首長職銜',
  '首長姓名',
  '成立年份',
  '所屬部門',
  '總部',
  '網站',
] as const;

/**
 * Sections the app needs, each named by its first (traditional) title: all are shown and
 * searched for place mentions; heads, events and addresses are read from the last three.
 */
const REQUIRED_SECTIONS = [
  SECTION_TITLES.functions,
  SECTION_TITLES.structure,
  SECTION_TITLES.heads,
  SECTION_TITLES.events,
  SECTION_TITLES.location,
];

const REQUIRED_ADDRESSES: AddressId[] = ['henderson-centre', 'dianmen-west-71'];

function checkFacts(article: Article): string[] {
  const errors: string[] = [];
  if (article.title.trim() === '') errors.push('title is missing');
  if (article.lead.length === 0) errors.push('lead: expected at least one paragraph');
  for (const key of REQUIRED_INFOBOX_FIELDS) {
    const field = article.infobox.find((candidate) => candidate.key === key);
    if (!field || toPlainText(field.value).trim() === '') {
      errors.push(`infobox field ${key} is missing`);
    }
  }
  for (const titles of REQUIRED_SECTIONS) {
    if (!findSection(article.sections, titles)) errors.push(`section ${titles[0]} is missing`);
  }
  if (article.heads.length === 0) errors.push('heads: expected at least one head');
  if (article.events.length === 0) errors.push('events: expected at least one event');
  if (article.addresses.length === 0) {
    errors.push(`section ${SECTION_TITLES.location[0]} has no address`);
  } else {
    for (const id of REQUIRED_ADDRESSES) {
      if (!article.addresses.some((address) => address.id === id)) {
        errors.push(`address ${id} is missing`);
      }
    }
  }
  return errors;
}

/**
 * Checks that `article` has the shape of an `Article` (zod schema: structure, date formats,
 * http(s) hrefs) and, if it does, that every fact the app needs is there: title, lead,
 * infobox fields (`REQUIRED_INFOBOX_FIELDS`), sections, heads, events and both addresses.
 * Errors name what is missing, e.g. "infobox field 總部 is missing".
 */
export function validateArticle(article: unknown): ArticleValidation {
  const shape = articleSchema.safeParse(article);
  if (!shape.success) {
    const errors = shape.error.issues.map((issue) => {
      const where = issue.path.map(String).join('.') || '(root)';
      return `shape: ${where}: ${issue.message}`;
    });
    return { ok: false, errors };
  }
  const errors = checkFacts(shape.data);
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
