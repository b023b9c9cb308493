type Options = {
  /** `'sha256-…'` expressions of the page's inline scripts */
  scriptHashes: readonly string[];
  /** the embed view may be framed by any site; every other page by none */
  frameable: boolean;
  /** origin of the optional tile layer, e.g. `https://tile.openstreetmap.org` */
  tileOrigin: string | null;
  /** `next dev` evaluates code and injects scripts; only then are both allowed */
  development?: boolean;
};

/**
 * The Content-Security-Policy header of a page: scripts only from this origin and the page's
 * own inline scripts by hash (never `'unsafe-eval'` outside development), styles from this
 * origin plus inline (Leaflet and React set style attributes), images from this origin, data:
 * and blob: URLs (the PNG download) and the tile server, fetches only to this origin.
 */
export function contentSecurityPolicy({
  scriptHashes,
  frameable,
  tileOrigin,
  development = false,
}: Options): string {
  const scripts = development
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : ["'self'", ...scriptHashes];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? '*' : "'none'"}`,
  ].join('; ');
}
