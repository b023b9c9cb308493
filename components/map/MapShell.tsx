'use client';

import { lazy, Suspense } from 'react';
import { useTranslations } from 'next-intl';
import { useHydrated } from '../useHydrated';
import MapPlaceholder from './MapPlaceholder';
import MapLegend from './MapLegend';
import MapAttribution from './MapAttribution';
import type { AtlasMapProps } from './AtlasMap';
import type { KeyDate } from '@/lib/atlas/key-dates';
import { symbolCssVariables } from '@/lib/map/symbol-sizes';

// Leaflet touches `window` on import, so the map renders in the browser only, once hydrated (the
// static HTML has the placeholder). Its code is requested the moment this module runs, while the
// page hydrates, not after. React's own lazy(): next/dynamic would add 2 kB to every page.
const mapCode = typeof window === 'undefined' ? null : import('./AtlasMap');
const AtlasMap = lazy(() => mapCode ?? import('./AtlasMap'));

type Props = AtlasMapProps & { keyDates: KeyDate[] };

/** The map's region: Leaflet's map (a placeholder of the same box until its code is there). */
export default function MapShell({ keyDates, ...props }: Props) {
  const t = useTranslations('Map');
  return (
    <section className="map-region" aria-label={t('label')} style={symbolCssVariables()}>
      <div className="map-canvas">
        <MapSlot {...props} />
        <MapAttribution />
      </div>
      <MapLegend keyDates={keyDates} />
    </section>
  );
}

/**
 * The placeholder until hydrated, then Leaflet's map. A component of its own, so that the
 * render that follows hydration is this one alone, not the legend and the timeline beside it.
 */
function MapSlot(props: AtlasMapProps) {
  const hydrated = useHydrated();
  if (!hydrated) return <MapPlaceholder />;
  return (
    <Suspense fallback={<MapPlaceholder />}>
      <AtlasMap {...props} />
    </Suspense>
  );
}
