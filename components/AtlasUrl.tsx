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
  useSyncExternalStore,
} from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { atlasHref, readLinkTarget, withCurrentState } from '@/lib/url/links';
import { QueryWriter, type QueryKey } from '@/lib/url/query-writer';
import { whenIdle } from '@/lib/map/task-queue';
import { isEmbedPath, parseSelection, type KnownIds, type Selection } from '@/lib/url/selection';
import {
  parseLayers,
  parseMapView,
  parseViewState,
  readTimelineDate,
  serializeLayers,
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

/** How often each key may be written to the address, at most (ms). */
const INTERVAL: Record<QueryKey, number> = { layers: 0, date: 200, map: 500 };

let writer: QueryWriter | null = null;

/** The page's one writer of the query (the browser's address, timers and clock). */
function queryWriter(): QueryWriter {
  writer ??= new QueryWriter({
    location: () => ({ pathname: window.location.pathname, search: window.location.search }),
    // Next.js keeps its router in step with a replaceState of the app's own (useSearchParams).
    replaceSearch: (search) =>
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      ),
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (timer) => window.clearTimeout(timer as number),
    now: () => performance.now(),
  });
  return writer;
}

const subscribeToWriter = (listener: () => void) => queryWriter().subscribe(listener);
const writerVersion = () => queryWriter().version;
const noVersion = () => 0;

/**
 * The query's view keys as the page shows them: what was just set, else the router's. Renders
 * again when a key is set; settles the writer once the router has caught up.
 */
function useQueryValue(key: QueryKey): string | null {
  const params = useSearchParams();
  const pathname = usePathname();
  useSyncExternalStore(subscribeToWriter, writerVersion, noVersion);
  const fromRouter = params.get(key);
  useEffect(() => {
    queryWriter().settle(pathname, { [key]: fromRouter });
  }, [key, pathname, fromRouter]);
  return typeof window === 'undefined'
    ? fromRouter
    : queryWriter().valueOf(key, pathname, fromRouter);
}

type Query = { layers: Layer[]; date: string | null; dateRequested: string | null };

/** Reads `?layers=` and `?date=` and reports them when they change (not when `?map=` does). */
function QuerySubscriber({ onQuery }: { onQuery: (q: Query) => void }) {
  const layersKey = parseLayers(useQueryValue('layers')).join(',');
  // Read as written, so a day outside the timeline can be shown clamped and said so.
  const { date, requested } = readTimelineDate(useQueryValue('date'));
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
    (next: Selection | null) => {
      // What waits to be written stays with the entry being left (Back brings it back).
      queryWriter().flush();
      router.push(hrefFor(next), { scroll: false });
    },
    [router, hrefFor],
  );
  useEffect(() => {
    // Back and Forward: the entry's own address wins over anything still waiting.
    const reset = () => queryWriter().reset();
    window.addEventListener('popstate', reset);
    return () => window.removeEventListener('popstate', reset);
  }, []);
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
        queryWriter().set('layers', serializeLayers(layers), INTERVAL.layers);
      },
      setDate: (date) => queryWriter().set('date', date, INTERVAL.date),
    }),
    [selection, embed, locale, query, hrefFor, select],
  );

  useStatefulLinks(known, value);

  return (
    <Context.Provider value={value}>
      <Suspense fallback={null}>
        <QuerySubscriber onQuery={onQuery} />
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
export function useMapViewParam(): [MapView | null, (view: MapView | null) => void] {
  const raw = useQueryValue('map');
  const view = useMemo(() => parseMapView(raw), [raw]);
  const setView = useCallback(
    (next: MapView | null) =>
      queryWriter().set('map', next ? serializeMapView(next) : null, INTERVAL.map),
    [],
  );
  return [view, setView];
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
  const router = useRouter();
  const first = useRef(true);
  useEffect(() => {
    const initial = first.current;
    first.current = false;
    // The static HTML's bare paths are already right for an address without query or hash.
    const upgrade = !(initial && !window.location.search && !window.location.hash);
    // A task of its own: the page's links are many, and React's commit is long enough.
    const id = upgrade
      ? setTimeout(() => {
          for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]'))
            upgradeLink(a, known);
        }, 0)
      : undefined;
    // The place list is where the next selection most likely comes from (its links and the
    // map's symbols go to the same pages): its pages are fetched ahead, once the page has
    // loaded and the browser is idle, so that a click or a tap needs no round trip.
    const cancelPrefetch = whenSettled(() => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-prefetch]')) {
        const href = upgradeLink(a, known);
        if (href !== null) router.prefetch(href);
      }
    });
    return () => {
      clearTimeout(id);
      cancelPrefetch();
    };
  }, [search, pathname, known, router]);
  return null;
}

/**
 * Runs `run` once the page has loaded and the browser has been idle (the map's own loads go
 * first), and the address has stayed the same for a second. Returns a cancel.
 */
function whenSettled(run: () => void): () => void {
  let cancelIdle: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const start = () => {
    timer = setTimeout(() => (cancelIdle = whenIdle(run, 5000)), 1000);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    window.removeEventListener('load', start);
    if (timer !== null) clearTimeout(timer);
    cancelIdle?.();
  };
}

/**
 * Server-rendered links (the article's names, the panels' links, the language switch, the
 * embed's way out) are bare paths in the static HTML, and work as such without JavaScript.
 * In the browser `LinkRefresher` gives each the current layers and date (`data-keep-view` links
 * the view and hash as well), and one delegated listener does it again the moment a link is
 * pointed at, pressed, focused or followed; an in-app link pointed at, pressed or focused has
 * its page fetched ahead. Links to the same language and view navigate in the app;
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
    /**
     * The href a plain click on `a` follows inside the app (the link given the current state
     * first), or null: another site, a data file, another language or view (a page load).
     */
    function inAppHref(a: HTMLAnchorElement): string | null {
      const href = upgradeLink(a, known);
      if (href === null || (a.target && a.target !== '_self') || a.hasAttribute('download'))
        return null;
      const target = readLinkTarget(a.pathname, known);
      const here = latest.current;
      return target && target.locale === here.locale && target.embed === here.embed ? href : null;
    }
    // Pointed at, pressed or focused: the link is brought up to date and its page fetched ahead.
    function onPoint(e: Event) {
      const a = anchorOf(e);
      // The pointer moving on within the same link is not a new intent.
      if (e.type === 'pointerover' && a?.contains((e as PointerEvent).relatedTarget as Node | null))
        return;
      const href = a && inAppHref(a);
      if (href) router.prefetch(href);
    }
    function onClick(e: MouseEvent) {
      const a = anchorOf(e);
      if (!a || e.defaultPrevented) return;
      // A date or view still waiting to be written goes into the address, and so into the link.
      queryWriter().flush();
      const href = inAppHref(a);
      const plain = e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
      if (!plain || href === null) return;
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
