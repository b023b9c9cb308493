'use client';

import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useQueryState } from 'nuqs';
import type { MapPlace, MapRegion } from '@/lib/map/map-data';
import { isSameSelection, type Selection } from '@/lib/url/selection';
import { normalizeMapView, viewStateParsers } from '@/lib/url/view-state';
import { northChinaBounds } from '@/lib/map/initial-view';

type Props = { selection: Selection | null; places: MapPlace[]; regions: MapRegion[] };

/** Zoom at which a selected office is framed: its city and the neighbouring offices. */
const PLACE_ZOOM = 8;

/**
 * Keeps the URL's `?map=zoom/lat/lng` and Leaflet's view in step. Leaflet owns the live view;
 * a pan or zoom by the user replaces the URL (throttled, no history entry). A new selection
 * frames itself unless the URL names a view; moves the code makes are not written back.
 */
export default function MapViewSync({ selection, places, regions }: Props) {
  const map = useMap();
  const [view, setView] = useQueryState(
    'map',
    viewStateParsers.map.withOptions({
      history: 'replace',
      scroll: false,
      limitUrlUpdates: { method: 'throttle', timeMs: 500 },
    }),
  );
  const ownMove = useRef(false);
  const lastSelection = useRef<Selection | null | undefined>(undefined);
  const written = useRef<string | null>(null);

  useEffect(
    function followUrlAndSelection() {
      const key = view ? `${view.zoom}/${view.lat}/${view.lng}` : null;
      const selectionChanged =
        lastSelection.current === undefined || !isSameSelection(lastSelection.current, selection);
      lastSelection.current = selection;
      if (view && key !== written.current) {
        ownMove.current = true;
        map.setView([view.lat, view.lng], view.zoom, { animate: false });
        return;
      }
      if (!view && selectionChanged) {
        ownMove.current = true;
        frameSelection(map, selection, places, regions);
      }
    },
    [map, view, selection, places, regions],
  );

  useEffect(
    function writeUserMoves() {
      function onMoveEnd() {
        if (ownMove.current) {
          ownMove.current = false;
          return;
        }
        const c = map.getCenter();
        const next = normalizeMapView(map.getZoom(), c.lat, c.lng);
        if (!next) return;
        written.current = `${next.zoom}/${next.lat}/${next.lng}`;
        void setView(next);
      }
      map.on('moveend', onMoveEnd);
      return function stopWriting() {
        map.off('moveend', onMoveEnd);
      };
    },
    [map, setView],
  );

  return null;
}

function frameSelection(
  map: ReturnType<typeof useMap>,
  selection: Selection | null,
  places: MapPlace[],
  regions: MapRegion[],
) {
  if (selection?.kind === 'place') {
    const p = places.find((x) => x.id === selection.id);
    if (p) return map.setView([p.position[1], p.position[0]], PLACE_ZOOM, { animate: false });
  }
  if (selection?.kind === 'region') {
    const r = regions.find((x) => x.id === selection.id);
    if (r) return map.fitBounds(r.bounds, { animate: false, padding: [16, 16] });
  }
  return map.fitBounds(northChinaBounds, { animate: false });
}
