'use client';

import { useState } from 'react';
import { Marker, useMap, useMapEvent } from 'react-leaflet';
import { divIcon } from 'leaflet';
import type { MapRegion } from '@/lib/map/map-data';
import { escapeHtml } from '@/lib/map/marker-html';
import { labelMinZoom } from '@/lib/map/map-data';

type Props = { regions: MapRegion[] };

/** Region names at their label points (inside the polygon), once the zoom leaves room for them. */
export default function RegionLabels({ regions }: Props) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent('zoomend', (e) => setZoom(e.target.getZoom()));
  return (
    <>
      {regions
        .filter((r) => zoom >= labelMinZoom(r.areaKm2))
        .map((r) => (
          <Marker
            key={r.id}
            position={[r.labelPoint[1], r.labelPoint[0]]}
            interactive={false}
            keyboard={false}
            icon={divIcon({
              className: 'region-label',
              html: `<span aria-hidden="true">${escapeHtml(r.name)}</span>`,
              iconSize: [0, 0],
            })}
          />
        ))}
    </>
  );
}
