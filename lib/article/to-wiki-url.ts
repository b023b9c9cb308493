import { toWellFormed } from './clean-text';

/** Where every internal link points. */
export const WIKI_BASE = 'https://zh.wikipedia.org/wiki/';

// MediaWiki's wfUrlencode leaves these readable in page URLs.
const KEPT = /%(3B|3A|40|24|21|2A|28|29|2C|2F|7E)/gi;

/**
 * Percent-encodes a page title the way MediaWiki does in URLs (spaces become `_`). Unpaired
 * surrogates become U+FFFD first, so this never throws.
 */
export function encodeTitle(title: string): string {
  const underscored = toWellFormed(title.trim()).replace(/[\s_]+/g, '_');
  return encodeURIComponent(underscored)
    .replace(/'/g, '%27')
    .replace(KEPT, (match) => decodeURIComponent(match));
}

/**
 * The zh.wikipedia URL of a page, e.g. `toWikiUrl('北京')` →
 * `https://zh.wikipedia.org/wiki/%E5%8C%97%E4%BA%AC`. `anchor` (a section, without `#`) is
 * appended as a fragment. A leading `:` (as in `[[:Category:X]]`) is dropped.
 */
export function toWikiUrl(title: string, anchor = ''): string {
  const page = encodeTitle(title.replace(/^:/, ''));
  const fragment = anchor.trim() === '' ? '' : `#${encodeTitle(anchor)}`;
  return `${WIKI_BASE}${page}${fragment}`;
}
