'use client';

import { TileLayer } from 'react-leaflet';
import { TILE_URL } from '@/lib/map/tiles';

export type TileStatus = 'off' | 'loading' | 'ok' | 'failed';

type Props = { on: boolean; onStatus: (status: TileStatus) => void };

/**
 * OpenStreetMap tiles under the regions. Reports whether any tile arrived, so the offline
 * basemap can stay opaque when the tile server is down.
 */
export default function TileLayerSwitch({ on, onStatus }: Props) {
  if (!on) return null;
  return (
    <TileLayer
      url={TILE_URL}
      maxZoom={19}
      eventHandlers={{
        loading: () => onStatus('loading'),
        tileload: () => onStatus('ok'),
        tileerror: () => onStatus('failed'),
      }}
    />
  );
}
