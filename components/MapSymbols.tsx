'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { Circle, Marker, useMap, useMapEvent } from 'react-leaflet';
import { divIcon, type LeafletEventHandlerFnMap, type Map as LeafletMap } from 'leaflet';
import type { MapPlace, MapRegion } from '@/lib/map/map-data';
import type { Selection } from '@/lib/url/selection';
import { labelHtml, leaderSvg, markerHtml } from '@/lib/map/marker-html';
import {
  fanOutMarkers,
  placeLabels,
  type Box,
  type Offset,
  type PlacedLabel,
} from '@/lib/map/declutter';
import { countRender } from './renderProbe';

type Props = {
  places: MapPlace[];
  regions: MapRegion[];
  selection: Selection | null;
  relatedPlaceIds: string[];
  onSelect: (next: Selection) => void;
};

/** Marker symbols are 28 px; kept this far apart so each is a target of its own. */
export const MARKER_SIZE = 28;
const MARKER = MARKER_SIZE;
const MARKER_GAP = 6;
/** The province labels' font, as in globals.css `.region-label-text`. */
const LABEL_FONT_PX = 13;
const LABEL_PAD = 4;

type Layout = {
  zoom: number;
  markers: Map<string, Offset>;
  labels: Map<string, PlacedLabel | null>;
};

/**
 * The offices and the province names, laid out together at each zoom so that nothing covers
 * anything: close offices fan out with leader lines back to their positions, and each
 * province's name goes inside it where it fits, else beside it with a leader line. Both are
 * click targets: an office selects itself, a name its province (the small municipalities,
 * 北京 and 天津, are hard to hit on the shape alone). The layout changes only on zoom, so
 * panning re-renders nothing here.
 */
export default function MapSymbols({
  places,
  regions,
  selection,
  relatedPlaceIds,
  onSelect,
}: Props) {
  countRender('symbols');
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent('zoomend', (e) => setZoom(e.target.getZoom()));
  const selectRef = useRef(onSelect);
  useEffect(() => {
    selectRef.current = onSelect;
  }, [onSelect]);

  const layout = useMemo(
    () => computeLayout(map, zoom, places, regions),
    [map, zoom, places, regions],
  );
  const selectedId = selection?.kind === 'place' ? selection.id : null;
  const selectedRegion = selection?.kind === 'region' ? selection.id : null;

  // One set of handlers per thing, for the life of the map: react-leaflet rebinds on change.
  const handlers = useMemo(() => {
    const forSelection = (next: Selection): LeafletEventHandlerFnMap => ({
      click: () => selectRef.current(next),
      // Leaflet makes a marker a focusable button but only opens popups on Enter.
      keydown: (e) => {
        const key = (e.originalEvent as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        e.originalEvent.preventDefault();
        selectRef.current(next);
      },
    });
    return new Map([
      ...places.map((p) => [`place:${p.id}`, forSelection({ kind: 'place', id: p.id })] as const),
      ...regions.map(
        (r) => [`region:${r.id}`, forSelection({ kind: 'region', id: r.id })] as const,
      ),
    ]);
  }, [places, regions]);

  const markerIcons = useMemo(
    () =>
      new Map(
        places.map((p) => {
          const selected = p.id === selectedId;
          const related = relatedPlaceIds.includes(p.id);
          const o = layout.markers.get(p.id) ?? { dx: 0, dy: 0 };
          const moved = o.dx !== 0 || o.dy !== 0;
          const className = `office-marker role-${p.role}${selected ? ' is-selected' : ''}${related ? ' is-related' : ''}`;
          return [
            p.id,
            divIcon({
              className,
              html: (moved ? leaderSvg(-o.dx, -o.dy) : '') + markerHtml(p.role, p.name, selected),
              iconSize: [MARKER, MARKER],
              iconAnchor: [MARKER / 2 - o.dx, MARKER / 2 - o.dy],
            }),
          ];
        }),
      ),
    [places, selectedId, relatedPlaceIds, layout],
  );

  const labelIcons = useMemo(
    () =>
      new Map(
        regions.flatMap((r) => {
          const spot = layout.labels.get(r.id);
          if (!spot) return [];
          const { w, h } = labelSize(r.name);
          const className = `region-label${r.id === selectedRegion ? ' is-selected' : ''}`;
          return [
            [
              r.id,
              divIcon({
                className,
                html: (spot.leader ? leaderSvg(-spot.dx, -spot.dy) : '') + labelHtml(r.name, r.id),
                iconSize: [w, h],
                iconAnchor: [w / 2 - spot.dx, h / 2 - spot.dy],
              }),
            ] as const,
          ];
        }),
      ),
    [regions, layout, selectedRegion],
  );
  const selectedPlace = places.find((p) => p.id === selectedId);

  return (
    <>
      {selectedPlace && (
        <Circle
          center={[selectedPlace.position[1], selectedPlace.position[0]]}
          radius={selectedPlace.uncertaintyM}
          pathOptions={UNCERTAINTY_STYLE}
          className="uncertainty"
          interactive={false}
        />
      )}
      {regions.map((r) => {
        const icon = labelIcons.get(r.id);
        if (!icon) return null;
        return (
          <Marker
            key={r.id}
            position={[r.labelPoint[1], r.labelPoint[0]]}
            icon={icon}
            keyboard={false}
            zIndexOffset={-1000}
            eventHandlers={handlers.get(`region:${r.id}`)}
          />
        );
      })}
      {places.map((p) => (
        <Marker
          key={p.id}
          position={[p.position[1], p.position[0]]}
          icon={markerIcons.get(p.id)!}
          title={p.name}
          keyboard
          zIndexOffset={p.id === selectedId ? 1000 : 0}
          eventHandlers={handlers.get(`place:${p.id}`)}
        />
      ))}
    </>
  );
}

const UNCERTAINTY_STYLE = {
  color: '#b3261e',
  weight: 1.5,
  dashArray: '4 3',
  fillOpacity: 0.12,
};

let measure: CanvasRenderingContext2D | null | undefined;

/** A label's box in pixels: its text measured in the label font, plus padding. */
function labelSize(name: string): { w: number; h: number } {
  if (measure === undefined) {
    measure = document.createElement('canvas').getContext('2d');
    if (measure) {
      const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
      measure.font = `600 ${LABEL_FONT_PX}px ${family}`;
    }
  }
  const text = measure ? measure.measureText(name).width : name.length * LABEL_FONT_PX;
  return { w: Math.ceil(text) + LABEL_PAD * 2, h: Math.ceil(LABEL_FONT_PX * 1.35) + 2 };
}

function computeLayout(
  map: LeafletMap,
  zoom: number,
  places: MapPlace[],
  regions: MapRegion[],
): Layout {
  const px = ([lng, lat]: [number, number]) => map.project([lat, lng], zoom);
  const points = places.map((p) => {
    const { x, y } = px(p.position);
    return { id: p.id, x, y };
  });
  const markers = fanOutMarkers(points, MARKER, MARKER_GAP);
  const obstacles: Box[] = points.map((p) => {
    const o = markers.get(p.id)!;
    return { x: p.x + o.dx, y: p.y + o.dy, w: MARKER + 4, h: MARKER + 4 };
  });
  const labels = regions.map((r) => {
    const { x, y } = px(r.labelPoint);
    const sw = map.project([r.bounds[0][0], r.bounds[0][1]], zoom);
    const ne = map.project([r.bounds[1][0], r.bounds[1][1]], zoom);
    const { w, h } = labelSize(r.name);
    const fits = w < 0.6 * Math.abs(ne.x - sw.x) && h < 0.6 * Math.abs(sw.y - ne.y);
    return { id: r.id, x, y, w, h, fits, areaKm2: r.areaKm2 };
  });
  // Names that do not fit their area come first: their shape is too small to hit, so the name
  // is the way to select them. Then the larger provinces.
  labels.sort((a, b) => Number(a.fits) - Number(b.fits) || b.areaKm2 - a.areaKm2);
  return { zoom, markers, labels: placeLabels(labels, obstacles, 8) };
}
