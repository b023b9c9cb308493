import type { TextCleaner } from './clean-text';
import { isSafeHref } from './is-safe-href';
import { toWikiUrl } from './to-wiki-url';
import type { WtfLink } from './wtf-shapes';

/**
 * Where a wtf_wikipedia link points, or null if nowhere safe: internal and interwiki links
 * become zh.wikipedia URLs (`[[北京]]` → `https://zh.wikipedia.org/wiki/%E5%8C%97%E4%BA%AC`),
 * external links are kept only when http(s). Anchor-only links (`[[#x]]`) yield null.
 */
export function toLinkHref(link: WtfLink, clean: TextCleaner): string | null {
  const type = link.type();
  if (type === 'external') {
    const site = (link.site() ?? '').trim();
    return isSafeHref(site) ? site : null;
  }
  // wtf_wikipedia leaves `[[X|text]]` whole when X is one character: the title is before `|`.
  const [title = ''] = clean(link.page() ?? '').split('|');
  const page = title.trim();
  if (page === '') return null;
  const wiki = type === 'interwiki' ? clean(link.wiki() ?? '').trim() : '';
  const href = toWikiUrl(wiki === '' ? page : `${wiki}:${page}`, clean(link.anchor()));
  return isSafeHref(href) ? href : null;
}
