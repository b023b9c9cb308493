import { DEFAULT_LOCALE, localizePath, splitLocalePath, type Locale } from '@/lib/i18n/locales';

/**
 * What the map and panel show: one place, one region or one city (found with the finder), or
 * nothing (the whole article).
 */
export type Selection = { kind: 'place' | 'region' | 'city'; id: string };

/**
 * The ids that exist, to check a URL against. Without `cities` (in the browser, which loads
 * the city list only when needed) a city id is checked by its form only; the server, which
 * has no page for an unknown city, answers that with a 404.
 */
export type KnownIds = {
  places: readonly string[];
  regions: readonly string[];
  cities?: readonly string[];
};

/** The form of a city id: lower-case ASCII words joined by hyphens (`dalian`, `chaoyang-liaoning`). */
export const CITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+){0,5}$/;

/** The known ids of anything with an `id`: what a URL's selection is checked against. */
export function toKnownIds(
  places: readonly { id: string }[],
  regions: readonly { id: string }[],
): KnownIds {
  return { places: places.map((p) => p.id), regions: regions.map((r) => r.id) };
}

/** Paths under this prefix show the same selection in the embeddable view (no site chrome). */
export const EMBED_PREFIX = '/embed';

/** True for `/embed` and the paths below it, in any language (`/en/embed/…`). */
export function isEmbedPath(pathname: string | null): boolean {
  const { path } = splitLocalePath(pathname);
  return path === EMBED_PREFIX || path.startsWith(`${EMBED_PREFIX}/`);
}

/**
 * Reads the selection from a path: `/place/<id>`, `/region/<id>` or `/city/<id>` with a known id, also under
 * `/embed` and under a language prefix (`/en/place/<id>`). Any other path (the home page, an
 * unknown id, junk) is no selection. Never throws.
 */
export function parseSelection(pathname: string | null, known: KnownIds): Selection | null {
  const { path: unprefixed } = splitLocalePath(pathname);
  const path = isEmbedPath(unprefixed) ? unprefixed.slice(EMBED_PREFIX.length) : unprefixed;
  const m = /^\/(place|region|city)\/([^/?#]+)\/?$/.exec(path);
  if (!m) return null;
  const kind = m[1] as Selection['kind'];
  let id: string;
  try {
    id = decodeURIComponent(m[2] as string);
  } catch {
    return null;
  }
  if (kind === 'city') {
    if (!CITY_ID.test(id)) return null;
    return !known.cities || known.cities.includes(id) ? { kind, id } : null;
  }
  const ids = kind === 'place' ? known.places : known.regions;
  return ids.includes(id) ? { kind, id } : null;
}

/**
 * The canonical path of a selection: `/place/<id>`, `/region/<id>`, or `/` for none; under
 * `/embed` when `embed` is true, and under the language's prefix (none for the default).
 */
export function selectionPath(
  selection: Selection | null,
  embed = false,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const path = selection ? `/${selection.kind}/${encodeURIComponent(selection.id)}` : '';
  return localizePath(locale, embed ? `${EMBED_PREFIX}${path}` : path || '/');
}

export function isSameSelection(a: Selection | null, b: Selection | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}
