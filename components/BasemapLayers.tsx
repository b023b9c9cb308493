'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON, useMap, useMapEvent } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { useTranslations } from 'next-intl';
import type { Feature, FeatureCollection } from 'geojson';
import { canvas, type Layer, type Path, type PathOptions } from 'leaflet';
import type { Selection } from '@/lib/url/selection';
import { decodeBasemap, type Basemap } from '@/lib/map/decode-basemap';
import { contextStyle, jurisdictionStyle, waterStyle } from '@/lib/map/region-style';
import { loadOnce, WATER_URL } from '@/lib/map/load-finder-data';
import { countRender } from './renderProbe';
import { useStepPerTask } from './useStepPerTask';

type Props = {
  topologyUrl: string;
  /** Tiles are drawn underneath: the context layers become outlines only. */
  tilesShown: boolean;
  selection: Selection | null;
  relatedRegionIds: string[];
  onSelect: (next: Selection) => void;
};

/** After the provinces: the countries, the rest of China, the water (see `useStepPerTask`). */
const BASEMAP_STEPS = 3;

/** The offline basemap: neighbouring countries, the rest of China, and the ten provinces. */
export default function BasemapLayers({
  topologyUrl,
  tilesShown,
  selection,
  relatedRegionIds,
  onSelect,
}: Props) {
  countRender('regions');
  const t = useTranslations('Map');
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const onSelectRef = useRef(onSelect);
  const hovered = useRef<string | null>(null);
  const map = useMap();
  // The context layers are never clicked, so a canvas draws them, with far less work than SVG
  // paths. GeoJSON passes its options on to the layers it creates; react-leaflet's types omit it.
  // Their own panes put the water between the context fills and the provinces (drawn above,
  // translucent), so rivers show through the provinces and never over their borders.
  const renderers = useMemo(() => {
    for (const [name, z] of [
      ['context', 380],
      ['water', 390],
    ] as const) {
      if (map.getPane(name)) continue;
      const pane = map.createPane(name);
      pane.style.zIndex = String(z);
    }
    return {
      context: { renderer: canvas({ padding: 0.5, pane: 'context' }) } as Record<string, unknown>,
      water: { renderer: canvas({ padding: 0.5, pane: 'water' }) } as Record<string, unknown>,
    };
  }, [map]);
  const onCanvas = renderers.context;

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(
    function loadTopology() {
      const controller = new AbortController();
      fetch(topologyUrl, { signal: controller.signal })
        .then((res) => {
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          return res.json();
        })
        .then((topology) => setBasemap(decodeBasemap(topology)))
        .catch((error: Error) => {
          if (error.name !== 'AbortError') setFailed(error.message);
        });
      return function abortLoad() {
        controller.abort();
      };
    },
    [topologyUrl],
  );

  const selectedId = selection?.kind === 'region' ? selection.id : null;
  // Stable until the selection changes: react-leaflet restyles every region when this changes.
  const styleOf = useCallback(
    (feature?: Feature): PathOptions => {
      const id = String(feature?.properties?.id ?? '');
      const style = jurisdictionStyle({
        selected: id === selectedId,
        related: relatedRegionIds.includes(id),
        hovered: id === hovered.current,
      });
      // The class names the path for tests and styles; Leaflet applies it once, at creation.
      return { ...style, className: `region region-${id}` };
    },
    [selectedId, relatedRegionIds],
  );
  const styleRef = useRef(styleOf);
  const countriesStyle = useMemo(() => contextStyle('countries', tilesShown), [tilesShown]);
  const chinaStyle = useMemo(() => contextStyle('china', tilesShown), [tilesShown]);
  useEffect(() => {
    styleRef.current = styleOf;
  }, [styleOf]);

  // The provinces first, the moment the topology is decoded; then, a task each, the
  // neighbouring countries, the rest of China and the water (in this order, under them).
  const step = useStepPerTask(BASEMAP_STEPS, basemap !== null);
  const drawn = step === BASEMAP_STEPS;
  // Said on the map's element once every layer of the basemap is in.
  useEffect(() => {
    const container = map.getContainer();
    if (drawn) container.dataset.basemap = 'drawn';
    return () => void delete container.dataset.basemap;
  }, [drawn, map]);

  if (failed) {
    return (
      <div className="map-notice" role="alert">
        {t('boundariesFailed', { error: failed })}
      </div>
    );
  }
  if (!basemap) return null;

  // Province shapes are click targets, not Tab stops: the place list is the keyboard's way,
  // and the names on the map say what each shape is (no tooltip repeating them).
  function bindRegion(feature: Feature, layer: Layer) {
    const id = String(feature.properties?.id ?? '');
    layer.on({
      click: () => onSelectRef.current({ kind: 'region', id }),
      mouseover: () => {
        hovered.current = id;
        (layer as Path).setStyle(styleRef.current(feature));
      },
      mouseout: () => {
        hovered.current = null;
        (layer as Path).setStyle(styleRef.current(feature));
      },
    });
  }

  return (
    <>
      {step >= 1 && (
        <GeoJSON
          data={basemap.countries}
          style={countriesStyle}
          interactive={false}
          {...onCanvas}
        />
      )}
      {step >= 2 && (
        <GeoJSON data={basemap.china} style={chinaStyle} interactive={false} {...onCanvas} />
      )}
      {step >= BASEMAP_STEPS && !tilesShown && <WaterLayers canvasOptions={renderers.water} />}
      <GeoJSON
        data={basemap.regions as FeatureCollection}
        style={styleOf}
        onEachFeature={bindRegion}
        bubblingMouseEvents={false}
      />
    </>
  );
}

type Water = { rivers: FeatureCollection; lakes: FeatureCollection };

/** Water shows from this zoom on; each river and lake from its own zoom (`z`) on. */
export const WATER_MIN_ZOOM = 5;

function decodeWater(value: unknown): Water {
  const t = value as Topology;
  if (!t || t.type !== 'Topology' || !t.objects?.rivers || !t.objects?.lakes)
    throw new Error('the water layer is not in the expected form');
  return {
    rivers: feature(t, t.objects.rivers as GeometryCollection) as FeatureCollection,
    lakes: feature(t, t.objects.lakes as GeometryCollection) as FeatureCollection,
  };
}

/**
 * Rivers and lakes, muted, fetched the first time the map reaches zoom 5 and drawn from the
 * zoom each is worth drawing at. A failed load leaves the map as it was (nothing is in the way).
 */
function WaterLayers({ canvasOptions }: { canvasOptions: Record<string, unknown> }) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent('zoomend', (e) => setZoom(e.target.getZoom()));
  const [water, setWater] = useState<Water | null>(null);
  const needed = zoom >= WATER_MIN_ZOOM;
  useEffect(() => {
    if (!needed || water) return;
    let live = true;
    loadOnce(WATER_URL, decodeWater).then(
      (w) => live && setWater(w),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed, water]);
  const shown = useMemo(() => {
    if (!water || !needed) return null;
    const at = (fc: FeatureCollection): FeatureCollection => ({
      type: 'FeatureCollection',
      features: fc.features.filter((f) => Number(f.properties?.z ?? 99) <= zoom),
    });
    return { rivers: at(water.rivers), lakes: at(water.lakes) };
  }, [water, needed, zoom]);
  const riverStyle = useMemo(() => waterStyle('river', zoom), [zoom]);
  const lakeStyle = useMemo(() => waterStyle('lake', zoom), [zoom]);
  if (!shown) return null;
  // GeoJSON draws its data once: a new zoom is a new layer (key), with that zoom's features.
  return (
    <>
      <GeoJSON
        key={`lakes-${zoom}`}
        data={shown.lakes}
        style={lakeStyle}
        interactive={false}
        {...canvasOptions}
      />
      <GeoJSON
        key={`rivers-${zoom}`}
        data={shown.rivers}
        style={riverStyle}
        interactive={false}
        {...canvasOptions}
      />
    </>
  );
}
