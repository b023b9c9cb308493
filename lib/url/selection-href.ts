import type { Locale } from '@/lib/i18n/locales';
import { selectionPath, type Selection } from './selection';
import { parseViewState, serializeViewState } from './view-state';

/**
 * The link that selects `next`, from the current query: the layers and date carry over, the
 * map view is dropped (the map frames the new selection, and a shared link frames it the same
 * way). Under `/embed` when `embed` is true, in `locale`'s path.
 */
export function selectionHref(
  next: Selection | null,
  embed: boolean,
  query: string,
  locale: Locale,
): string {
  return (
    selectionPath(next, embed, locale) + serializeViewState({ ...parseViewState(query), map: null })
  );
}
