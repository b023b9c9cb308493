'use client';

import { Suspense } from 'react';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import MapPlaceholder from './MapPlaceholder';
import MapLegend from './MapLegend';
import MapAttribution from './MapAttribution';
import type { AtlasMapProps } from './AtlasMap';
import type { KeyDate } from '@/lib/atlas/key-dates';

// Leaflet touches `window` on import, so the map renders in the browser only.
const AtlasMap = dynamic(() => import('./AtlasMap'), { ssr: false, loading: MapPlaceholder });

// Its code is fetched the moment this module runs in the browser, while the page hydrates,
// rather than after: `dynamic` would only ask for it when the map first renders.
if (typeof window !== 'undefined') void import('./AtlasMap');

type Props = AtlasMapProps & { keyDates: KeyDate[] };

export default function MapShell({ keyDates, ...props }: Props) {
  const t = useTranslations('Map');
  return (
    <section className="map-region" aria-label={t('label')}>
      <div className="map-canvas">
        <Suspense fallback={<MapPlaceholder />}>
          <AtlasMap {...props} />
        </Suspense>
        <MapAttribution />
      </div>
      <MapLegend keyDates={keyDates} />
    </section>
  );
}
