const HTTP_URL = /^https?:\/\/[^\s<>"\p{Cc}]+$/iu;

/**
 * True when `url` is an absolute http: or https: URL with a host and nothing a browser would
 * trim or reinterpret (no whitespace, control characters, `<`, `>` or `"`). Every `href` in an
 * `Article` passes this; `javascript:`, `data:`, relative and protocol-relative URLs do not.
 */
export function isSafeHref(url: unknown): url is string {
  if (typeof url !== 'string' || !HTTP_URL.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host !== '';
  } catch {
    return false;
  }
}
