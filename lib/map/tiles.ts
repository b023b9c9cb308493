/** Tile server for the optional OpenStreetMap layer; NEXT_PUBLIC_TILE_URL overrides it. */
export const TILE_URL =
  process.env.NEXT_PUBLIC_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * The tile server's origin as a CSP source (`{s}` subdomains become `*.`), or null if the
 * template is not an http(s) URL.
 */
export function tileOrigin(url: string = TILE_URL): string | null {
  try {
    const marked = url.replace('{s}', 'subdomain').replace(/\{[a-z]\}/g, '0');
    const { protocol, host } = new URL(marked);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return `${protocol}//${url.includes('{s}') ? host.replace('subdomain', '*') : host}`;
  } catch {
    return null;
  }
}
