'use client';

import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import MapPlaceholder from './MapPlaceholder';
import MapLegend from './MapLegend';
import MapAttribution from './MapAttribution';
import type { AtlasMapProps } from './AtlasMap';
import type { KeyDate } from '@/lib/atlas/key-dates';
import type { Selection } from '@/lib/url/selection';
import { useAtlasUrl } from './AtlasUrl';

// Leaflet touches `window` on import, so the map renders in the browser only.
const AtlasMap = dynamic(() => import('./AtlasMap'), { ssr: false, loading: MapPlaceholder });

/**
 * Whether the server-drawn first view (FirstView) is what the map shows now: on the home page
 * (globals.css hides it elsewhere), and with no query, which may ask for another view, date or
 * layer than the one drawn.
 */
function firstViewShown(root: ParentNode | null): boolean {
  const view = root?.querySelector('.first-view');
  return !!view && !location.search && getComputedStyle(view).display !== 'none';
}

// Where the first view is not what the map shows, Leaflet's code is fetched the moment this
// module runs, while the page hydrates.
if (typeof window !== 'undefined' && !firstViewShown(document)) void import('./AtlasMap');

/**
 * Without a sign of use, Leaflet takes over this long after the page has loaded (then when
 * the browser is idle): the first seconds of a visit are the page's, for reading and scrolling,
 * and the drawn view already does what a first look needs (its offices and names are links).
 */
const TAKEOVER_AFTER_LOAD_MS = 3000;

type Props = AtlasMapProps & { keyDates: KeyDate[]; firstView: React.ReactNode };

/**
 * The map's region: the server-drawn first view where it applies, and Leaflet, which takes
 * over from it a little after the page has loaded (TAKEOVER_AFTER_LOAD_MS), or at once: on a
 * sign that the user is about to use the map (a pointer on it, a touch, a wheel, a key, focus),
 * on another page, or with a query. The first view's links select through the URL owner, as
 * the map's symbols do.
 */
export default function MapShell({ keyDates, firstView, ...props }: Props) {
  const t = useTranslations('Map');
  const pathname = usePathname();
  const { select } = useAtlasUrl();
  const canvas = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState(false);
  const goLive = useCallback(() => setLive(true), []);

  useEffect(
    function takeOver() {
      if (live) return;
      const el = canvas.current;
      if (!firstViewShown(el)) {
        if (el) el.dataset.firstView = 'off';
        setLive(true);
        return;
      }
      let timer = 0;
      const whenIdle = () => {
        timer = window.setTimeout(() => {
          // Safari has no requestIdleCallback: there, the time after load is the moment.
          if ('requestIdleCallback' in window) requestIdleCallback(goLive, { timeout: 2000 });
          else goLive();
        }, TAKEOVER_AFTER_LOAD_MS);
      };
      if (document.readyState === 'complete') whenIdle();
      else window.addEventListener('load', whenIdle, { once: true });
      return function cancel() {
        window.removeEventListener('load', whenIdle);
        clearTimeout(timer);
      };
    },
    [live, pathname, goLive],
  );

  useEffect(
    function keepFocus() {
      // The first view goes when Leaflet has drawn: an office focused in it (a keyboard user
      // tabbing into the map) hands its focus to the same office on the live map.
      const el = canvas.current;
      if (!live || !el) return;
      const watch = new MutationObserver(() => {
        if (!el.querySelector('.atlas-map[data-basemap="drawn"]')) return;
        watch.disconnect();
        const focused = document.activeElement;
        const title = focused?.closest('.first-view') && focused.getAttribute('title');
        if (!title) return;
        el.querySelector<HTMLElement>(`.office-marker[title="${CSS.escape(title)}"]`)?.focus();
      });
      watch.observe(el, { subtree: true, attributes: true, attributeFilter: ['data-basemap'] });
      return () => watch.disconnect();
    },
    [live],
  );

  const onClick = useCallback(
    (e: React.MouseEvent) => {
      const link = (e.target as Element).closest?.('[data-select]');
      if (!link || e.defaultPrevented || e.button !== 0) return;
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const [kind, id] = (link.getAttribute('data-select') ?? '').split(':');
      if (!id || (kind !== 'place' && kind !== 'region')) return;
      e.preventDefault();
      setLive(true);
      select({ kind, id } satisfies Selection);
    },
    [select],
  );

  return (
    <section className="map-region" aria-label={t('label')}>
      <div
        className="map-canvas"
        ref={canvas}
        onClick={onClick}
        onPointerEnter={goLive}
        onPointerDown={goLive}
        onTouchStart={goLive}
        onWheel={goLive}
        onKeyDown={goLive}
        onFocus={goLive}
      >
        {firstView}
        {live ? (
          <Suspense fallback={<MapPlaceholder />}>
            <AtlasMap {...props} />
          </Suspense>
        ) : (
          <MapPlaceholder />
        )}
        <MapAttribution />
      </div>
      <MapLegend keyDates={keyDates} />
    </section>
  );
}
