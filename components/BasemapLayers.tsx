'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { useTranslations } from 'next-intl';
import type { Feature, FeatureCollection } from 'geojson';
import { canvas, type Layer, type Path, type PathOptions } from 'leaflet';
import type { Selection } from '@/lib/url/selection';
import { decodeBasemap, type Basemap } from '@/lib/map/decode-basemap';
import { contextStyle, jurisdictionStyle } from '@/lib/map/region-style';
import { countRender } from './renderProbe';

type Props = {
  topologyUrl: string;
  /** Tiles are drawn underneath: the context layers become outlines only. */
  tilesShown: boolean;
  selection: Selection | null;
  relatedRegionIds: string[];
  onSelect: (next: Selection) => void;
};

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
  // The context layers are never clicked, so a canvas draws them, with far less work than SVG
  // paths. GeoJSON passes its options on to the layers it creates; react-leaflet's types omit it.
  const onCanvas: Record<string, unknown> = useMemo(
    () => ({ renderer: canvas({ padding: 0.5 }) }),
    [],
  );

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
      <GeoJSON data={basemap.countries} style={countriesStyle} interactive={false} {...onCanvas} />
      <GeoJSON data={basemap.china} style={chinaStyle} interactive={false} {...onCanvas} />
      <GeoJSON
        data={basemap.regions as FeatureCollection}
        style={styleOf}
        onEachFeature={bindRegion}
        bubblingMouseEvents={false}
      />
    </>
  );
}
