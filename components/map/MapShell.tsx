'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import MapPlaceholder from './MapPlaceholder';
import MapLegend from './MapLegend';
import MapAttribution from './MapAttribution';
import type { AtlasMapProps } from './AtlasMap';
import type { KeyDate } from '@/lib/atlas/key-dates';
import { symbolCssVariables } from '@/lib/map/symbol-sizes';

// Leaflet touches `window` on import, so the map renders in the browser only.
const AtlasMap = dynamic(() => import('./AtlasMap'), { ssr: false, loading: MapPlaceholder });

// Leaflet's code is requested the moment this module runs, while the page hydrates, not after.
if (typeof window !== 'undefined') void import('./AtlasMap');

type Props = AtlasMapProps & { keyDates: KeyDate[] };

/** The map's region: Leaflet's map (a placeholder of the same box until its code is there). */
export default function MapShell({ keyDates, ...props }: Props) {
  const t = useTranslations('Map');
  return (
    <section className="map-region" aria-label={t('label')} style={symbolCssVariables()}>
      <div className="map-canvas">
        <AtlasMap {...props} />
        <MapAttribution />
      </div>
      <MapLegend keyDates={keyDates} />
    </section>
  );
}
