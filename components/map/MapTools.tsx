'use client';

import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { useMap } from 'react-leaflet';
import { DomEvent } from 'leaflet';
import { useTranslations } from 'next-intl';
import { northChinaBounds } from '@/lib/map/initial-view';
import { useAtlasUrl } from '@/components/AtlasUrl';

/** Past this zoom the offline basemap has nothing more to show: streets are in the tile layer. */
export const STREET_ZOOM = 10;

const subscribeFullscreen = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};

/**
 * The map's own tools beside the zoom buttons: back to the whole jurisdiction, and full screen
 * (only where the browser allows it); and, zoomed in to street level with the tile layer off,
 * a notice that offers it.
 */
export default function MapTools({ tilesOn }: { tilesOn: boolean }) {
  const t = useTranslations('Map');
  const map = useMap();
  const { setLayers } = useAtlasUrl();
  const tools = useRef<HTMLDivElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  // Read from the map itself, so a zoom between this render and the subscription is not missed.
  const zoom = useSyncExternalStore(
    useCallback(
      (onChange: () => void) => {
        map.on('zoomend', onChange);
        return () => {
          map.off('zoomend', onChange);
        };
      },
      [map],
    ),
    () => map.getZoom(),
    () => map.getZoom(),
  );
  const canFullscreen = useSyncExternalStore(
    subscribeFullscreen,
    () => document.fullscreenEnabled === true,
    () => false,
  );
  const isFullscreen = useSyncExternalStore(
    subscribeFullscreen,
    () => document.fullscreenElement !== null,
    () => false,
  );
  const streetLevel = zoom > STREET_ZOOM && !tilesOn;

  // Once per element: each call adds listeners. The tools stay; the notice comes and goes.
  useEffect(function keepClicksOffTheMap() {
    if (tools.current) keepOffTheMap(tools.current);
  }, []);
  useEffect(
    function keepNoticeClicksOffTheMap() {
      if (streetLevel && notice.current) keepOffTheMap(notice.current);
    },
    [streetLevel],
  );

  function toggleFullscreen() {
    const region = map.getContainer().closest('.map-region');
    if (document.fullscreenElement) void document.exitFullscreen();
    else if (region) void region.requestFullscreen().catch(() => {});
  }

  return (
    <>
      <div ref={tools} className="map-tools leaflet-bar">
        <button
          type="button"
          onClick={() => map.fitBounds(northChinaBounds)}
          title={t('whole')}
          aria-label={t('whole')}
        >
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18">
            <path
              d="M2 6V2h4M12 2h4v4M16 12v4h-4M6 16H2v-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            />
            <circle cx="9" cy="9" r="2.5" fill="currentColor" />
          </svg>
        </button>
        {canFullscreen && (
          <button
            type="button"
            onClick={toggleFullscreen}
            aria-pressed={isFullscreen}
            title={isFullscreen ? t('fullscreenExit') : t('fullscreen')}
            aria-label={t('fullscreen')}
          >
            <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18">
              <path
                d={
                  isFullscreen
                    ? 'M6 2v4H2M12 2v4h4M16 12h-4v4M2 12h4v4'
                    : 'M2 7V2h5M11 2h5v5M16 11v5h-5M7 16H2v-5'
                }
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              />
            </svg>
          </button>
        )}
      </div>
      {streetLevel && (
        <div ref={notice} className="map-notice street-notice" role="status">
          {t('streetLevel')}{' '}
          <button type="button" onClick={() => setLayers(['osm'])}>
            {t('streetLevelOn')}
          </button>
        </div>
      )}
    </>
  );
}

function keepOffTheMap(el: HTMLElement) {
  DomEvent.disableClickPropagation(el);
  DomEvent.disableScrollPropagation(el);
}
