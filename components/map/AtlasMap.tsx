'use client';

import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { MapContainer, ScaleControl, ZoomControl } from 'react-leaflet';
import type { LatLngBoundsLiteral } from 'leaflet';
import type { MapData, OtherPlace } from '@/lib/map/map-data';
import { findRelated } from '@/lib/atlas/find-related';
import { MAX_ZOOM, MIN_ZOOM } from '@/lib/url/view-state';
import { basemapFrame } from '@/lib/map/initial-view';
import type { Selection } from '@/lib/url/selection';
import { useAtlasUrl } from '@/components/AtlasUrl';
import MapLayers from './MapLayers';
import MapTools from './MapTools';
import MapViewSync from './MapViewSync';
import DownloadPngButton from './DownloadPngButton';
import TileLayerSwitch, { type TileStatus } from './TileLayerSwitch';
import { countRender } from './renderProbe';

export type AtlasMapProps = MapData & {
  /** Initial view, Leaflet order [[south, west], [north, east]]. Read once, at mount. */
  bounds: LatLngBoundsLiteral;
  /** The other Mainland offices and units: a link to one frames it. */
  otherPlaces: OtherPlace[];
};

/**
 * Leaflet's map (react-leaflet keeps its container) with its controls; the layers are the
 * MapController's (MapLayers), the view is the URL's (MapViewSync).
 */
export default function AtlasMap({
  bounds,
  places,
  regions,
  topologyUrl,
  otherPlaces,
}: AtlasMapProps) {
  countRender('map');
  const t = useTranslations('Map');
  const { selection, select, layers, date, embed } = useAtlasUrl();
  const related = useMemo(
    () => findRelated(selection, places, regions),
    [selection, places, regions],
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
      <MapLayers
        places={places}
        regions={regions}
        topologyUrl={topologyUrl}
        citiesSelectable={!embed}
        onSelect={onSelect}
        selection={selection}
        relatedRegionIds={related.regionIds}
        relatedPlaceIds={related.placeIds}
        date={date}
        tilesShown={tilesOn && tileStatus === 'ok'}
        networkShown={!layers.includes('solo')}
      />
      <AfterFirstDraw>
        <ZoomControl zoomInTitle={t('zoomIn')} zoomOutTitle={t('zoomOut')} />
        <ScaleControl imperial={false} position="bottomright" />
        <MapTools tilesOn={tilesOn} />
        <TileLayerSwitch on={tilesOn} onStatus={reportTiles} />
        <DownloadPngButton />
      </AfterFirstDraw>
      {tilesOn && tileStatus === 'failed' && (
        <div className="map-notice" role="status">
          {t('tilesFailed')}
        </div>
      )}
      <MapViewSync places={places} regions={regions} otherPlaces={otherPlaces} />
    </MapContainer>
  );
}

/**
 * The map's controls (zoom, scale, tools, tiles, PNG) render a task after the map: one task
 * creating all of it was a long one on a slow phone.
 */
function AfterFirstDraw({ children }: { children: React.ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    // A macrotask: the browser paints the map before the controls are made.
    const id = setTimeout(() => setShown(true), 0);
    return () => clearTimeout(id);
  }, []);
  return shown ? children : null;
}
