'use client';

import { useTranslations } from 'next-intl';
import { useAtlasUrl } from './AtlasUrl';
import { useHydrated } from './useHydrated';

/** Turns the OpenStreetMap tile layer on or off; the choice lives in the URL (`?layers=osm`). */
export default function LayerToggle() {
  const t = useTranslations('Legend');
  const { layers, setLayers } = useAtlasUrl();
  const hydrated = useHydrated();
  return (
    <label className="layer-toggle">
      <input
        type="checkbox"
        checked={layers.includes('osm')}
        disabled={!hydrated}
        onChange={(e) => setLayers(e.target.checked ? ['osm'] : [])}
      />
      {t('tiles')}
    </label>
  );
}
