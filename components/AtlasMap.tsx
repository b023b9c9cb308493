'use client';

import 'leaflet/dist/leaflet.css';
import { useCallback, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { MapContainer, ScaleControl, ZoomControl } from 'react-leaflet';
import type { LatLngBoundsLiteral } from 'leaflet';
import type { MapData } from '@/lib/map/map-data';
import { findRelated } from '@/lib/atlas/find-related';
import { isInUse } from '@/lib/atlas/as-of';
import { MAX_ZOOM, MIN_ZOOM } from '@/lib/url/view-state';
import { basemapFrame } from '@/lib/map/initial-view';
import type { Selection } from '@/lib/url/selection';
import { useAtlasUrl } from './AtlasUrl';
import BasemapLayers from './BasemapLayers';
import MapSymbols from './MapSymbols';
import MapTools from './MapTools';
import MapViewSync from './MapViewSync';
import DownloadPngButton from './DownloadPngButton';
import TileLayerSwitch, { type TileStatus } from './TileLayerSwitch';
import { useStepPerTask } from './useStepPerTask';

export type AtlasMapProps = MapData & {
  /** Initial view, Leaflet order [[south, west], [north, east]]. Read once, at mount. */
  bounds: LatLngBoundsLiteral;
};

export default function AtlasMap({ bounds, places, regions, topologyUrl }: AtlasMapProps) {
  const t = useTranslations('Map');
  const { selection, select, layers, date, embed } = useAtlasUrl();
  const related = useMemo(
    () => findRelated(selection, places, regions),
    [selection, places, regions],
  );
  // As of a timeline date only the places then in use show; the address then in use is the office.
  const shownPlaces = useMemo(
    () =>
      places
        .filter((p) => isInUse(p, date))
        .map((p) => (date && p.role === 'former-office' ? { ...p, role: 'office' as const } : p)),
    [places, date],
  );
  const onSelect = useCallback((next: Selection) => select(next), [select]);
  const tilesOn = layers.includes('osm');
  const [tileStatus, setTileStatus] = useState<TileStatus>('off');
  // A tile that loaded once proves the server works; later errors (a missing tile) do not.
  const reportTiles = useCallback(
    (s: TileStatus) => setTileStatus((prev) => (prev === 'ok' && s !== 'loading' ? prev : s)),
    [],
  );

  return (
    <MapContainer
      className="atlas-map"
      bounds={bounds}
      minZoom={MIN_ZOOM}
      maxBounds={basemapFrame}
      maxBoundsViscosity={0.9}
      maxZoom={MAX_ZOOM}
      zoomSnap={1}
      worldCopyJump={false}
      keyboard
      attributionControl={false}
      zoomControl={false}
    >
      <AfterFirstDraw>
        <ZoomControl zoomInTitle={t('zoomIn')} zoomOutTitle={t('zoomOut')} />
        <ScaleControl imperial={false} position="bottomright" />
        <MapTools tilesOn={tilesOn} />
        <TileLayerSwitch on={tilesOn} onStatus={reportTiles} />
        <DownloadPngButton />
      </AfterFirstDraw>
      <BasemapLayers
        topologyUrl={topologyUrl}
        tilesShown={tilesOn && tileStatus === 'ok'}
        selection={selection}
        relatedRegionIds={related.regionIds}
        onSelect={onSelect}
      />
      <MapSymbols
        places={shownPlaces}
        regions={regions}
        selection={selection}
        relatedPlaceIds={related.placeIds}
        onSelect={onSelect}
        citiesSelectable={!embed}
      />
      {tilesOn && tileStatus === 'failed' && (
        <div className="map-notice" role="status">
          {t('tilesFailed')}
        </div>
      )}
      <MapViewSync places={places} regions={regions} />
    </MapContainer>
  );
}

/**
 * The map's controls (zoom, scale, tools, tiles, PNG) render a task after the map and its
 * symbols: one task creating all of it was a long one on a slow phone.
 */
function AfterFirstDraw({ children }: { children: React.ReactNode }) {
  return useStepPerTask(1, true) >= 1 ? children : null;
}
