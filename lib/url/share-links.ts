import { localizePath, splitLocalePath } from '@/lib/i18n/locales';
import { escapeMarkup } from '@/lib/text/escape';
import { EMBED_PREFIX, isEmbedPath } from './selection';

/**
 * The links to share for what is on screen, from the page's own URL: the link itself (the
 * site, not the embed view) and an `<iframe>` snippet of the embed view, both in the page's
 * language, the frame titled `title`. Attribute values are escaped, so a URL can never break
 * out of the snippet.
 */
export function toShareLinks(
  href: string,
  title = 'BJO Atlas map',
): {
  url: string;
  embedUrl: string;
  embedSnippet: string;
} {
  const u = new URL(href);
  const { locale, path: unprefixed } = splitLocalePath(u.pathname);
  const path = isEmbedPath(unprefixed) ? unprefixed.slice(EMBED_PREFIX.length) || '/' : unprefixed;
  const url = `${u.origin}${localizePath(locale, path)}${u.search}`;
  const embedPath = `${EMBED_PREFIX}${path === '/' ? '' : path}`;
  const embedUrl = `${u.origin}${localizePath(locale, embedPath)}${u.search}`;
  const embedSnippet = `<iframe src="${escapeMarkup(embedUrl)}" width="800" height="500" style="border:0" title="${escapeMarkup(title)}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  return { url, embedUrl, embedSnippet };
}
