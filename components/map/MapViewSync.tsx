'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import { placesShownOn, type MapPlace, type MapRegion, type OtherPlace } from '@/lib/map/map-data';
import { isSameSelection, type Selection } from '@/lib/url/selection';
import { normalizeMapView, type MapView } from '@/lib/url/view-state';
import { northChinaBounds } from '@/lib/map/initial-view';
import { panToShowMarkers } from '@/lib/map/symbol-layout';
import { mapViewInAddress, useAtlasUrl, useMapViewParam } from '@/components/AtlasUrl';
import { postTask } from '@/lib/map/task-queue';
import { countRender } from './renderProbe';
import { useFinderData } from '@/components/useFinderData';
import type { FinderCity } from '@/lib/finder/finder-data';

type Props = { places: MapPlace[]; regions: MapRegion[]; otherPlaces: OtherPlace[] };

/** Zoom at which a selected office is framed: its city and the neighbouring offices. */
const PLACE_ZOOM = 8;
/** Zoom at which a found city is framed: it and the cities around it. */
const CITY_ZOOM = 8;
/** One of the other Mainland offices is known to its city only: the city and around it. */
const OTHER_PLACE_ZOOM = 7;

/**
 * Keeps the URL's `?map=zoom/lat/lng` and Leaflet's view in step. Leaflet owns the live view;
 * a pan or zoom by the user replaces the URL (throttled, no history entry). Whenever the URL
 * changes (a selection, Back, Forward) the map goes where it says: to its `?map=` view, or,
 * without one, to a frame of the selection. The path and the query can arrive in separate
 * renders, so a view that has just gone from the URL frames the selection too. After the
 * first view, the map moves in a task of its own after the next frame: the panel of a new
 * selection is painted first.
 */
export default function MapViewSync({ places, regions, otherPlaces }: Props) {
  countRender('viewSync');
  const map = useMap();
  const { selection, date } = useAtlasUrl();
  // The offices the map draws at the date: a selected office's frame keeps them uncut.
  const shown = useMemo(() => placesShownOn(places, date), [places, date]);
  const [hookView, setView] = useMapViewParam();
  // A city is framed once the city list has come (it is fetched for this).
  const { data } = useFinderData(selection?.kind === 'city');
  const cities = data?.cities ?? null;
  const ownMove = useRef(false);
  const citiesRef = useRef<FinderCity[] | null>(null);
  const before = useRef<{ selection: Selection | null; view: MapView | null } | null>(null);
  // The move waiting for its task: the latest decided wins (a later render may decide another).
  // Dropped when the map goes.
  const pending = useRef<(() => void) | null>(null);
  useEffect(
    () => () => {
      pending.current = null;
    },
    [],
  );

  useEffect(
    function followUrl() {
      // The hook's view can lag the address by a render during Back and Forward.
      const view = hookView ?? mapViewInAddress();
      const prev = before.current;
      // Nothing to frame a city by yet: wait for the list, then frame it as if just selected.
      if (!view && selection?.kind === 'city' && !cities) return;
      before.current = { selection, view };
      const move = (go: () => void) => {
        // The first view (a shared link's, before the map was ever painted) is taken at once.
        if (!prev) return asOwnMove(ownMove, go);
        const waiting = pending.current !== null;
        pending.current = go;
        if (waiting) return;
        // After the next frame: the one that shows the new panel.
        requestAnimationFrame(() =>
          postTask(() => {
            const next = pending.current;
            pending.current = null;
            if (next) asOwnMove(ownMove, next);
          }),
        );
      };
      if (view) {
        if (!sameView(currentView(map), view))
          move(() => map.setView([view.lat, view.lng], view.zoom, { animate: false }));
        return;
      }
      if (!prev || prev.view || !isSameSelection(prev.selection, selection))
        move(() => frameSelection(map, selection, places, shown, regions, cities, otherPlaces));
    },
    [map, hookView, selection, places, shown, regions, cities, otherPlaces],
  );

  useEffect(() => {
    citiesRef.current = cities;
  }, [cities]);

  useEffect(
    function refitForPrint() {
      // The printed map box is not the screen's: Leaflet measures it again, and a view the
      // URL does not fix is framed again, so the whole jurisdiction (or selection) is on paper.
      const print = window.matchMedia('print');
      function refit() {
        asOwnMove(ownMove, () => {
          map.invalidateSize({ pan: false });
          if (!before.current?.view)
            frameSelection(
              map,
              before.current?.selection ?? null,
              places,
              shown,
              regions,
              citiesRef.current,
              otherPlaces,
            );
        });
      }
      print.addEventListener('change', refit);
      window.addEventListener('beforeprint', refit);
      window.addEventListener('afterprint', refit);
      return function stopRefitting() {
        print.removeEventListener('change', refit);
        window.removeEventListener('beforeprint', refit);
        window.removeEventListener('afterprint', refit);
      };
    },
    [map, places, shown, regions, otherPlaces],
  );

  useEffect(
    function writeUserMoves() {
      const printing = window.matchMedia('print');
      function onMoveEnd() {
        // Moves of our own, and the map fitting itself to paper, are not the user's.
        if (ownMove.current || printing.matches) return;
        const next = currentView(map);
        if (next) void setView(next);
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

/** Moves without animation end synchronously: a moveend inside `go` is ours, not the user's. */
function asOwnMove(ownMove: { current: boolean }, go: () => void): void {
  ownMove.current = true;
  try {
    go();
  } finally {
    ownMove.current = false;
  }
}

function currentView(map: LeafletMap): MapView | null {
  const c = map.getCenter();
  return normalizeMapView(map.getZoom(), c.lat, c.lng);
}

function sameView(a: MapView | null, b: MapView): boolean {
  return !!a && a.zoom === b.zoom && a.lat === b.lat && a.lng === b.lng;
}

function frameSelection(
  map: LeafletMap,
  selection: Selection | null,
  places: MapPlace[],
  shown: MapPlace[],
  regions: MapRegion[],
  cities: FinderCity[] | null,
  otherPlaces: OtherPlace[],
) {
  if (selection?.kind === 'city') {
    const c = cities?.find((x) => x.id === selection.id);
    if (c) return map.setView([c.position[1], c.position[0]], CITY_ZOOM, { animate: false });
  }
  if (selection?.kind === 'place') {
    const p = places.find((x) => x.id === selection.id);
    if (p) {
      // A neighbouring office's marker half cut by the map's edge, where it is drawn, is
      // brought fully into view. The pan is worked out in the frame's own pixels first, so the
      // map moves once, not twice.
      const size = map.getSize();
      const centre = map.project([p.position[1], p.position[0]], PLACE_ZOOM);
      const topLeft = centre.subtract(size.divideBy(2));
      const px = (q: MapPlace) => {
        const { x, y } = map.project([q.position[1], q.position[0]], PLACE_ZOOM).subtract(topLeft);
        return { id: q.id, x, y };
      };
      const pan = panToShowMarkers(shown.map(px), p.id, size.x, size.y);
      const framed = map.unproject(centre.add([pan.dx, pan.dy]), PLACE_ZOOM);
      return map.setView(framed, PLACE_ZOOM, { animate: false });
    }
  }
  if (selection?.kind === 'place') {
    const o = otherPlaces.find((x) => x.id === selection.id);
    if (o) return map.setView([o.position[1], o.position[0]], OTHER_PLACE_ZOOM, { animate: false });
  }
  if (selection?.kind === 'region') {
    const r = regions.find((x) => x.id === selection.id);
    if (r) return map.fitBounds(r.bounds, { animate: false, padding: [16, 16] });
  }
  return map.fitBounds(northChinaBounds, { animate: false });
}
