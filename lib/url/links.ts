import { splitLocalePath, type Locale } from '@/lib/i18n/locales';
import {
  EMBED_PREFIX,
  isEmbedPath,
  parseSelection,
  selectionPath,
  type KnownIds,
  type Selection,
} from './selection';
import { parseViewState, serializeViewState, type ViewState } from './view-state';

/**
 * Every in-app link is built here, on the server and in the browser alike.
 *
 * A link says where it goes (selection, embed view or not, language) and takes what the user
 * set from the current query: the layers and the timeline date always; the map view only when
 * the link shows the same thing in another way (`keepView`: another language, the full atlas
 * from the embed), because a new selection frames itself.
 */
export type LinkTarget = { selection: Selection | null; embed: boolean; locale: Locale };

export function atlasHref(
  target: LinkTarget,
  state: Pick<ViewState, 'layers' | 'date'> & Partial<Pick<ViewState, 'map'>>,
  keepView = false,
): string {
  const query = serializeViewState({
    map: keepView ? (state.map ?? null) : null,
    layers: state.layers,
    date: state.date,
  });
  return selectionPath(target.selection, target.embed, target.locale) + query;
}

/** The link that selects `next` from the current query string, in the same view and language. */
export function selectionHref(
  next: Selection | null,
  embed: boolean,
  query: string,
  locale: Locale,
): string {
  return atlasHref({ selection: next, embed, locale }, parseViewState(query));
}

/**
 * Where a link written as a bare path (server-rendered, so it cannot know the query) really
 * goes: its selection, embed view and language. Null for anything that is not an atlas page
 * (another site, a data file, an unknown id), which is left alone.
 */
export function readLinkTarget(pathname: string, known: KnownIds): LinkTarget | null {
  const { locale, path } = splitLocalePath(pathname);
  const embed = isEmbedPath(path);
  const rest = embed ? path.slice(EMBED_PREFIX.length) || '/' : path;
  const selection = parseSelection(rest, known);
  if (!selection && rest !== '/') return null;
  return { selection, embed, locale };
}

/**
 * A bare in-app path with what the user set added from `currentQuery`: `/region/hebei` →
 * `/region/hebei?layers=osm&date=2010-01-01`. `keepView` keeps `?map=` and the hash too.
 * Null where `pathname` is not an atlas page.
 */
export function withCurrentState(
  pathname: string,
  currentQuery: string,
  known: KnownIds,
  keepView = false,
  hash = '',
): string | null {
  const target = readLinkTarget(pathname, known);
  if (!target) return null;
  return atlasHref(target, parseViewState(currentQuery), keepView) + (keepView ? hash : '');
}
