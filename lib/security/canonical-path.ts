/**
 * The one spelling of a page path: percent-encoding decoded (`%2D` → `-`), no trailing slash,
 * no `/index` (`/index` → `/`, `/en/index` → `/en`), repeated slashes folded. Null when the
 * path's percent-encoding is broken. Pure: whether the result is a real page is the caller's
 * to check (against the build's list of prerendered pages).
 */
export function canonicalPagePath(pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  path = path.replace(/\/{2,}/g, '/');
  path = path.replace(/\/index$/, '') || '/';
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  return path;
}
