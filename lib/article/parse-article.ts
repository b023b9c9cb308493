import wtf from 'wtf_wikipedia';
import { createTextCleaner, type TextCleaner } from './clean-text';
import { extractAddresses } from './extract-addresses';
import { extractEvents } from './extract-events';
import { extractHeads } from './extract-heads';
import { parsePartialDate } from './parse-date-span';
import { prepareWikitext } from './prepare-wikitext';
import { readImages } from './read-images';
import { readInfobox } from './read-infobox';
import { readReferences } from './read-references';
import { readLead, readSections } from './read-sections';
import { registerTemplates } from './register-templates';
import { toPlainText } from './rich-text';
import { toWikiUrl } from './to-wiki-url';
import type { Article, InfoboxField, Paragraph, PartialDate } from './types';
import type { WtfDocument } from './wtf-shapes';

/** The licence of zh.wikipedia text. */
export const LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** Runs `read`; if it throws (malformed wikitext can trip wtf_wikipedia), gives `fallback`. */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function readDocument(wikitext: string): WtfDocument | null {
  registerTemplates();
  return wtf(wikitext) as unknown as WtfDocument;
}

function fieldText(infobox: InfoboxField[], key: string): string {
  const field = infobox.find((candidate) => candidate.key === key);
  return field ? toPlainText(field.value).trim() : '';
}

/** The founding date: infobox 成立年份, else `成立於…` in the lead. */
function findFounded(infobox: InfoboxField[], lead: Paragraph[]): PartialDate | null {
  const fromInfobox = parsePartialDate(fieldText(infobox, '成立年份'));
  if (fromInfobox) return fromInfobox;
  const leadText = lead.map((paragraph) => toPlainText(paragraph.content)).join('');
  const written = /成立於(\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)/.exec(leadText)?.[1];
  return written ? parsePartialDate(written) : null;
}

function readTitle(doc: WtfDocument | null, infobox: InfoboxField[], clean: TextCleaner) {
  const bold = attempt(() => clean(doc?.title() ?? '').trim(), '');
  return bold !== '' ? bold : fieldText(infobox, '中文部門名稱');
}

/**
 * Parses the article's zh.wikipedia wikitext into an `Article`. Pure, and never throws:
 * malformed or hostile wikitext yields a partial article (parts that cannot be read are empty),
 * which `validateArticle` then reports. The title is `options.title`, else the lead's first
 * bold text, else the infobox's 中文部門名稱.
 */
export function parseArticle(wikitext: string, options: { title?: string } = {}): Article {
  const input = typeof wikitext === 'string' ? wikitext : '';
  const { wikitext: prepared, marks } = attempt(() => prepareWikitext(input), {
    wikitext: input,
    marks: null,
  });
  const clean = createTextCleaner(marks);
  const doc = attempt(() => readDocument(prepared), null);
  const wtfSections = attempt(() => doc?.sections() ?? [], []);

  const infobox = attempt(() => readInfobox(doc?.infoboxes() ?? [], clean), []);
  const lead = attempt(() => readLead(wtfSections, clean), []);
  const sections = attempt(() => readSections(wtfSections, clean), []);
  const title = options.title?.trim() || readTitle(doc, infobox, clean);

  return {
    title,
    source: { url: toWikiUrl(title), license: 'CC BY-SA 4.0', licenseUrl: LICENSE_URL },
    lead,
    infobox,
    sections,
    heads: attempt(() => extractHeads(sections), []),
    events: attempt(() => extractEvents(sections), []),
    addresses: attempt(() => extractAddresses(sections, findFounded(infobox, lead)), []),
    references: attempt(() => readReferences(doc?.references() ?? [], clean), []),
    images: attempt(() => readImages(doc?.images() ?? [], infobox, clean), []),
  };
}
