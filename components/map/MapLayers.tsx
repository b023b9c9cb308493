'use client';

import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useMap } from 'react-leaflet';
import type { Locale } from '@/lib/i18n/locales';
import type { MapPlace, MapRegion } from '@/lib/map/map-data';
import type { Selection } from '@/lib/url/selection';
import { postTask } from '@/lib/map/task-queue';
import { MapController, type MapState } from './controller';

/** What lies over the map: Leaflet's controls (zoom, scale), the tools, the PNG button, the legend. */
const CONTROLS = '.leaflet-control, .map-tools, .map-download, .map-legend';

/** The boxes of the controls over the map's box (the legend sits in the map's region, outside Leaflet's container). */
function controlBoxes(container: HTMLElement): DOMRect[] {
  const region = container.closest('.map-region') ?? container;
  return [...region.querySelectorAll(CONTROLS)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
}

type Props = MapState & {
  places: MapPlace[];
  regions: MapRegion[];
  topologyUrl: string;
  citiesSelectable: boolean;
  onSelect: (next: Selection) => void;
};

/**
 * The map's layers, as React sees them: one MapController for the life of the map (made a task
 * after the map), told what to show when it changes. The controller does the work, in tasks of
 * its own, after React's commit; this renders only a notice when the basemap could not be loaded.
 */
export default function MapLayers({
  places,
  regions,
  topologyUrl,
  citiesSelectable,
  onSelect,
  ...state
}: Props) {
  const t = useTranslations('Map');
  const map = useMap();
  const locale = useLocale() as Locale;
  const [failed, setFailed] = useState<string | null>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);
  const { selection, relatedRegionIds, relatedPlaceIds, date, tilesShown, networkShown } = state;
  // The state a new controller starts from (the last one shown), so that its first layout is
  // the right one.
  const latest = useRef<MapState>(state);

  useEffect(
    function createController() {
      // A task after Leaflet's map, not inside the commit that made it: each is a task of its own.
      let c: MapController | null = null;
      let cancelled = false;
      postTask(() => {
        if (cancelled) return;
        c = new MapController({
          map,
          locale,
          places,
          regions,
          topologyUrl,
          citiesSelectable,
          onSelect: (next) => select.current(next),
          onBasemapError: setFailed,
          obstacles: () => controlBoxes(map.getContainer()),
          state: latest.current,
        });
        setController(c);
      });
      return function destroyController() {
        cancelled = true;
        c?.destroy();
      };
    },
    [map, locale, places, regions, topologyUrl, citiesSelectable],
  );

  useEffect(
    function show() {
      latest.current = {
        selection,
        relatedRegionIds,
        relatedPlaceIds,
        date,
        tilesShown,
        networkShown,
      };
      controller?.update(latest.current);
    },
    [controller, selection, relatedRegionIds, relatedPlaceIds, date, tilesShown, networkShown],
  );

  if (!failed) return null;
  return (
    <div className="map-notice" role="alert">
      {t('boundariesFailed', { error: failed })}
    </div>
  );
}
