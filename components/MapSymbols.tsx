'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocale } from 'next-intl';
import { Circle, Marker, useMap, useMapEvent } from 'react-leaflet';
import {
  divIcon,
  type DivIcon,
  type LeafletEventHandlerFnMap,
  type Map as LeafletMap,
} from 'leaflet';
import type { MapPlace, MapRegion } from '@/lib/map/map-data';
import type { Selection } from '@/lib/url/selection';
import { cityHtml, labelHtml, leaderSvg, markerHtml } from '@/lib/map/marker-html';
import { cityName, type FinderCity } from '@/lib/finder/finder-data';
import type { Locale } from '@/lib/i18n/locales';
import {
  citySize as citySizeIn,
  labelSize,
  layoutSymbols,
  MARKER_SIZE,
  type MeasureText,
} from '@/lib/map/symbol-layout';
import { countRender } from './renderProbe';
import { useFinderData } from './useFinderData';
import { labelTextWidth } from '@/lib/map/text-width';

type Props = {
  places: MapPlace[];
  regions: MapRegion[];
  selection: Selection | null;
  relatedPlaceIds: string[];
  onSelect: (next: Selection) => void;
  /** Cities are labels only (not links) in the embed, which has no city pages. */
  citiesSelectable: boolean;
};

/** Cities show from this zoom on (the provincial capitals; more as the zoom allows). */
export const CITY_MIN_ZOOM = 5;
export { MARKER_SIZE };
const MARKER = MARKER_SIZE;

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
  citiesSelectable,
}: Props) {
  countRender('symbols');
  const map = useMap();
  const locale = useLocale() as Locale;
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent('zoomend', (e) => setZoom(e.target.getZoom()));
  const selectedCity = selection?.kind === 'city' ? selection.id : null;
  const { data } = useFinderData(zoom >= CITY_MIN_ZOOM || selectedCity !== null);
  // The cities drawn at this zoom, most important first; a selected city always.
  const cities = useMemo(
    () =>
      (data?.cities ?? [])
        .filter((c) => c.id === selectedCity || (zoom >= c.minZoom && !!c.names[locale]))
        .sort((a, b) => Number(b.id === selectedCity) - Number(a.id === selectedCity)),
    [data, zoom, selectedCity, locale],
  );
  const selectRef = useRef(onSelect);
  useEffect(() => {
    selectRef.current = onSelect;
  }, [onSelect]);

  const layout = useMemo(
    () => computeLayout(map, zoom, places, regions, cities, locale),
    [map, zoom, places, regions, cities, locale],
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
      ...(citiesSelectable ? (data?.cities ?? []) : []).map(
        (c) =>
          [`city:${c.id}`, { click: () => selectRef.current({ kind: 'city', id: c.id }) }] as const,
      ),
    ]);
  }, [places, regions, data, citiesSelectable]);

  const cityIcons = useMemo(
    () =>
      new Map(
        cities.flatMap((c) => {
          const o = layout.cities.get(c.id);
          if (!o) return [];
          const { name, lang } = cityName(c, locale);
          const { w, h } = citySize(name);
          const selected = c.id === selectedCity;
          return [
            [
              c.id,
              divIcon({
                className: `city-label${c.capital ? ' is-capital' : ''}${selected ? ' is-selected' : ''}`,
                html: cityHtml(name, lang, o.dx, o.dy, selected, o.dot),
                iconSize: [w, h],
                iconAnchor: [w / 2 - o.dx, h / 2 - o.dy],
              }),
            ] as const,
          ];
        }),
      ),
    [cities, layout, locale, selectedCity],
  );

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
      <VisibleCities
        cities={cities}
        icons={cityIcons}
        handlers={handlers}
        selectedCity={selectedCity}
        interactive={citiesSelectable}
      />
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

/**
 * The city names in and around the view (half a view each side): the others stay out of the
 * DOM until a pan brings them near. Its own component, so a pan re-renders only this.
 */
function VisibleCities({
  cities,
  icons,
  handlers,
  selectedCity,
  interactive,
}: {
  cities: FinderCity[];
  icons: Map<string, DivIcon>;
  handlers: Map<string, LeafletEventHandlerFnMap>;
  selectedCity: string | null;
  interactive: boolean;
}) {
  const map = useMap();
  const [near, setNear] = useState(() => map.getBounds().pad(0.5));
  useMapEvent('moveend', () => setNear(map.getBounds().pad(0.5)));
  return (
    <>
      {cities.map((c) => {
        const icon = icons.get(c.id);
        if (!icon || !near.contains([c.position[1], c.position[0]])) return null;
        return (
          <Marker
            key={`city-${c.id}`}
            position={[c.position[1], c.position[0]]}
            icon={icon}
            keyboard={false}
            interactive={interactive}
            zIndexOffset={c.id === selectedCity ? 500 : -2000}
            eventHandlers={handlers.get(`city:${c.id}`)}
          />
        );
      })}
    </>
  );
}

const UNCERTAINTY_STYLE = {
  color: '#b3261e',
  weight: 1.5,
  dashArray: '4 3',
  fillOpacity: 0.12,
};

const measures = new Map<string, CanvasRenderingContext2D | null>();

function textWidth(text: string, font: string, px: number): number {
  let ctx = measures.get(font);
  if (ctx === undefined) {
    ctx = document.createElement('canvas').getContext('2d');
    if (ctx) {
      const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
      ctx.font = `${font} ${family}`;
    }
    measures.set(font, ctx);
  }
  return labelTextWidth(text, px, (run) => (ctx ? ctx.measureText(run).width : run.length * px));
}

const measureText: MeasureText = (text, weight, px) => textWidth(text, `${weight} ${px}px`, px);
const citySize = (name: string) => citySizeIn(name, measureText);

function computeLayout(
  map: LeafletMap,
  zoom: number,
  places: MapPlace[],
  regions: MapRegion[],
  cities: FinderCity[],
  locale: Locale,
) {
  const project = ([lng, lat]: [number, number]) => map.project([lat, lng], zoom);
  return layoutSymbols({ zoom, project, measure: measureText, places, regions, cities, locale });
}
