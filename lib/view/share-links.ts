import { EMBED_PREFIX, isEmbedPath } from './selection';

/**
 * The links to share for what is on screen, from the page's own URL: the link itself (the
 * site, not the embed view) and an `<iframe>` snippet of the embed view. Attribute values are
 * escaped, so a URL can never break out of the snippet.
 */
export function toShareLinks(href: string): {
  url: string;
  embedUrl: string;
  embedSnippet: string;
} {
  const u = new URL(href);
  const path = isEmbedPath(u.pathname) ? u.pathname.slice(EMBED_PREFIX.length) || '/' : u.pathname;
  const url = `${u.origin}${path}${u.search}`;
  const embedUrl = `${u.origin}${EMBED_PREFIX}${path === '/' ? '' : path}${u.search}`;
  const attr = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const embedSnippet = `<iframe src="${attr(embedUrl)}" width="800" height="500" style="border:0" title="BJO Atlas map" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  return { url, embedUrl, embedSnippet };
}
