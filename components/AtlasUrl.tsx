'use client';

import {
  createContext,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { createParser, parseAsString, useQueryState, useQueryStates } from 'nuqs';
import type { Locale } from '@/lib/i18n/locales';
import { atlasHref, readLinkTarget, withCurrentState } from '@/lib/url/links';
import { isEmbedPath, parseSelection, type KnownIds, type Selection } from '@/lib/url/selection';
import {
  parseLayers,
  parseMapView,
  parseViewState,
  readTimelineDate,
  serializeMapView,
  type Layer,
  type MapView,
} from '@/lib/url/view-state';

/**
 * The one owner of the URL in the browser. The path is the selection (and the embed view and
 * language); the query is the view, layers and timeline date. Everything else reads them from
 * here and builds links with `hrefFor`, so every link keeps what the user set.
 *
 * The map view (`?map=`) is not in the context: it changes on every pan, and only the map's
 * view sync needs it (`useMapViewParam`). The layers and date are read by a small subscriber
 * in its own Suspense boundary, so the static HTML renders with the defaults and nothing else
 * re-renders when `?map=` changes.
 */
type AtlasUrl = {
  selection: Selection | null;
  embed: boolean;
  locale: Locale;
  layers: Layer[];
  date: string | null;
  /** The day the URL asked for when it lay outside the timeline and `date` is clamped. */
  dateRequested: string | null;
  /** The link that selects `next` here (same view and language), keeping layers and date. */
  hrefFor: (next: Selection | null) => string;
  /** Selects `next`: a navigation, so Back and Forward walk through selections. */
  select: (next: Selection | null) => void;
  setLayers: (layers: Layer[]) => void;
  setDate: (date: string | null) => void;
};

const Context = createContext<AtlasUrl | null>(null);

/** One set of options for the query: the layers and date replace the entry, the view too. */
const queryOptions = { history: 'replace', scroll: false } as const;
/** nuqs reads and writes the query with view-state's own rules. */
const parseAsLayers = createParser<Layer[]>({
  parse: (value) => parseLayers(value),
  serialize: (layers) => layers.join(','),
  eq: (a, b) => a.join() === b.join(),
}).withDefault([]);
const parseAsMapView = createParser<MapView>({
  parse: parseMapView,
  serialize: serializeMapView,
  eq: (a, b) => a.zoom === b.zoom && a.lat === b.lat && a.lng === b.lng,
});
const layersAndDate = {
  layers: parseAsLayers,
  // Read as written, so a day outside the timeline can be shown clamped and said so.
  date: parseAsString.withOptions({ limitUrlUpdates: { method: 'throttle', timeMs: 200 } }),
};

type Query = { layers: Layer[]; date: string | null; dateRequested: string | null };
type Setters = { setLayers: AtlasUrl['setLayers']; setDate: AtlasUrl['setDate'] };

/** Reads `?layers=` and `?date=` and reports them when they change (not when `?map=` does). */
function QuerySubscriber({
  onQuery,
  settersRef,
}: {
  onQuery: (q: Query) => void;
  settersRef: React.RefObject<Setters | null>;
}) {
  const [{ layers, date: raw }, setQuery] = useQueryStates(layersAndDate, queryOptions);
  const layersKey = [...new Set(layers)].join(',');
  const { date, requested } = readTimelineDate(raw);
  useEffect(() => {
    settersRef.current = {
      setLayers: (next) => void setQuery({ layers: next.length ? next : null }),
      setDate: (next) => void setQuery({ date: next }),
    };
  }, [setQuery, settersRef]);
  useEffect(() => {
    onQuery({
      layers: layersKey ? (layersKey.split(',') as Layer[]) : [],
      date,
      dateRequested: requested,
    });
  }, [layersKey, date, requested, onQuery]);
  return null;
}

export function AtlasUrlProvider({
  known,
  children,
}: {
  known: KnownIds;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const router = useRouter();
  const locale = useLocale() as Locale;
  const [query, setQuery] = useState<Query>({ layers: [], date: null, dateRequested: null });
  const settersRef = useRef<Setters | null>(null);
  const onQuery = useCallback(
    (next: Query) =>
      setQuery((prev) =>
        prev.date === next.date &&
        prev.dateRequested === next.dateRequested &&
        prev.layers.join() === next.layers.join()
          ? prev
          : next,
      ),
    [],
  );

  const selection = useMemo(() => parseSelection(pathname, known), [pathname, known]);
  const embed = isEmbedPath(pathname);
  const hrefFor = useCallback(
    (next: Selection | null) => atlasHref({ selection: next, embed, locale }, query),
    [embed, locale, query],
  );
  const select = useCallback(
    (next: Selection | null) => router.push(hrefFor(next), { scroll: false }),
    [router, hrefFor],
  );
  const value = useMemo<AtlasUrl>(
    () => ({
      selection,
      embed,
      locale,
      layers: query.layers,
      date: query.date,
      dateRequested: query.dateRequested,
      hrefFor,
      select,
      // Shown at once (a checkbox reflects the click), written to the address after (throttled).
      setLayers: (layers) => {
        setQuery((prev) => (prev.layers.join() === layers.join() ? prev : { ...prev, layers }));
        settersRef.current?.setLayers(layers);
      },
      setDate: (date) => settersRef.current?.setDate(date),
    }),
    [selection, embed, locale, query, hrefFor, select],
  );

  useStatefulLinks(known, value);

  return (
    <Context.Provider value={value}>
      <Suspense fallback={null}>
        <QuerySubscriber onQuery={onQuery} settersRef={settersRef} />
        <LinkRefresher known={known} />
      </Suspense>
      {children}
    </Context.Provider>
  );
}

export function useAtlasUrl(): AtlasUrl {
  const value = useContext(Context);
  if (!value) throw new Error('useAtlasUrl needs an AtlasUrlProvider above it');
  return value;
}

/** `?map=zoom/lat/lng`, for the one component that keeps it and Leaflet's view in step. */
export function useMapViewParam() {
  return useQueryState(
    'map',
    parseAsMapView.withOptions({
      ...queryOptions,
      limitUrlUpdates: { method: 'throttle', timeMs: 500 },
    }),
  );
}

/**
 * The view the address bar holds right now. During Back and Forward the hook's value can lag a
 * render behind the address; the map checks against this before it reframes.
 */
export function mapViewInAddress() {
  return parseViewState(window.location.search).map;
}

/**
 * Gives an in-app link the current layers and date (`data-keep-view` links: the view and hash
 * too), so that its `href` is where a plain click goes. Returns that href; null (and the link
 * left alone) where it is not an atlas page of this site.
 */
function upgradeLink(a: HTMLAnchorElement, known: KnownIds): string | null {
  if (a.origin !== window.location.origin) return null;
  const keepView = a.hasAttribute('data-keep-view');
  const href = withCurrentState(
    a.pathname,
    window.location.search,
    known,
    keepView,
    window.location.hash,
  );
  if (href === null) return null;
  if (a.getAttribute('href') !== href) a.setAttribute('href', href);
  return href;
}

/**
 * Keeps every in-app link's `href` where a plain click on it goes, so that a link copied,
 * middle-clicked or opened in a new tab keeps what is on screen: one pass over the page's links
 * when the address changes (a selection, the date, the layers, or the view once a move has
 * ended and been written), never while the map pans. A link pointed at, focused or pressed
 * before that pass is upgraded by the delegated listener below.
 */
function LinkRefresher({ known }: { known: KnownIds }) {
  const search = useSearchParams().toString();
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    const initial = first.current;
    first.current = false;
    // The static HTML's bare paths are already right for an address without query or hash.
    if (initial && !window.location.search && !window.location.hash) return;
    // A task of its own: the page's links are many, and React's commit is long enough.
    const id = setTimeout(() => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]'))
        upgradeLink(a, known);
    }, 0);
    return () => clearTimeout(id);
  }, [search, pathname, known]);
  return null;
}

/**
 * Server-rendered links (the article's names, the panels' links, the language switch, the
 * embed's way out) are bare paths in the static HTML, and work as such without JavaScript.
 * In the browser `LinkRefresher` gives each the current layers and date (`data-keep-view` links
 * the view and hash as well), and one delegated listener does it again the moment a link is
 * pointed at, pressed, focused or followed. Links to the same language and view navigate in the app;
 * the others load their page, which has its own `<html lang>`. Escape clears the selection.
 */
function useStatefulLinks(known: KnownIds, url: AtlasUrl) {
  const latest = useRef(url);
  useEffect(() => {
    latest.current = url;
  }, [url]);
  const router = useRouter();

  useEffect(() => {
    function anchorOf(e: Event): HTMLAnchorElement | null {
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (!(a instanceof HTMLAnchorElement) || a.origin !== window.location.origin) return null;
      return a;
    }
    function onPoint(e: Event) {
      const a = anchorOf(e);
      if (a) upgradeLink(a, known);
    }
    function onClick(e: MouseEvent) {
      const a = anchorOf(e);
      if (!a || e.defaultPrevented) return;
      const href = upgradeLink(a, known);
      if (href === null) return;
      const plain = e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
      const target = readLinkTarget(a.pathname, known);
      const here = latest.current;
      const inApp =
        plain &&
        (!a.target || a.target === '_self') &&
        !a.hasAttribute('download') &&
        target !== null &&
        target.locale === here.locale &&
        target.embed === here.embed;
      if (!inApp) return;
      e.preventDefault();
      router.push(href, { scroll: false });
    }
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== 'Escape' || e.defaultPrevented || !latest.current.selection) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
      // Like selecting: layers and date carry over, the map frames the whole jurisdiction.
      latest.current.select(null);
    }
    document.addEventListener('pointerover', onPoint, true);
    document.addEventListener('pointerdown', onPoint, true);
    document.addEventListener('focusin', onPoint, true);
    document.addEventListener('click', onClick);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerover', onPoint, true);
      document.removeEventListener('pointerdown', onPoint, true);
      document.removeEventListener('focusin', onPoint, true);
      document.removeEventListener('click', onClick);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [known, router]);
}
