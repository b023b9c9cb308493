'use client';

import 'leaflet/dist/leaflet.css';
import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useQueryState } from 'nuqs';
import { MapContainer, ZoomControl } from 'react-leaflet';
import type { LatLngBoundsLiteral } from 'leaflet';
import type { MapData } from '@/lib/map/map-data';
import { findRelated } from '@/lib/atlas/find-related';
import { toKnownIds } from '@/lib/url/selection';
import { isInUse } from '@/lib/atlas/as-of';
import { MAX_ZOOM, MIN_ZOOM, viewStateParsers } from '@/lib/url/view-state';
import { basemapFrame } from '@/lib/map/initial-view';
import { useAtlasNavigation } from './useAtlasNavigation';
import BasemapLayers from './BasemapLayers';
import OfficeMarkers from './OfficeMarkers';
import RegionLabels from './RegionLabels';
import MapViewSync from './MapViewSync';
import PrintResize from './PrintResize';
import DownloadPngButton from './DownloadPngButton';
import TileLayerSwitch, { type TileStatus } from './TileLayerSwitch';

export type AtlasMapProps = MapData & {
  /** Initial view, Leaflet order [[south, west], [north, east]]. Read once, at mount. */
  bounds: LatLngBoundsLiteral;
};

export default function AtlasMap({ bounds, places, regions, topologyUrl }: AtlasMapProps) {
  const t = useTranslations('Map');
  const regionNames = useMemo(
    () => Object.fromEntries(regions.map((r) => [r.id, r.name])),
    [regions],
  );
  const known = useMemo(() => toKnownIds(places, regions), [places, regions]);
  const { selection, select } = useAtlasNavigation(known);
  const related = useMemo(
    () => findRelated(selection, places, regions),
    [selection, places, regions],
  );
  const [layers] = useQueryState('layers', viewStateParsers.layers);
  const [date] = useQueryState('date', viewStateParsers.date);
  // As of a timeline date only the places then in use show; the address then in use is the office.
  const shownPlaces = useMemo(
    () =>
      places
        .filter((p) => isInUse(p, date))
        .map((p) => (date && p.role === 'former-office' ? { ...p, role: 'office' as const } : p)),
    [places, date],
  );
  const tilesOn = layers.includes('osm');
  const [tileStatus, setTileStatus] = useState<TileStatus>('off');
  // A tile that loaded once proves the server works; later errors (a missing tile) do not.
  const reportTiles = (s: TileStatus) =>
    setTileStatus((prev) => (prev === 'ok' && s !== 'loading' ? prev : s));

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
      <ZoomControl zoomInTitle={t('zoomIn')} zoomOutTitle={t('zoomOut')} />
      <TileLayerSwitch on={tilesOn} onStatus={reportTiles} />
      <BasemapLayers
        topologyUrl={topologyUrl}
        tilesShown={tilesOn && tileStatus === 'ok'}
        selection={selection}
        relatedRegionIds={related.regionIds}
        onSelectRegion={(id) => select({ kind: 'region', id })}
        regionNames={regionNames}
      />
      <RegionLabels regions={regions} />
      <OfficeMarkers
        places={shownPlaces}
        selection={selection}
        relatedPlaceIds={related.placeIds}
        onSelectPlace={(id) => select({ kind: 'place', id })}
      />
      {tilesOn && tileStatus === 'failed' && (
        <div className="map-notice" role="status">
          {t('tilesFailed')}
        </div>
      )}
      <PrintResize />
      <DownloadPngButton />
      <MapViewSync selection={selection} places={places} regions={regions} />
    </MapContainer>
  );
}
