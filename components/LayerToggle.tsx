'use client';

import { useTranslations } from 'next-intl';
import { networkLegendHtml } from '@/lib/map/marker-html';
import type { Layer } from '@/lib/url/view-state';
import { useAtlasUrl } from './AtlasUrl';
import { useHydrated } from './useHydrated';

/**
 * The map's optional layers, kept in the URL: the OpenStreetMap tiles (`?layers=osm`, off by
 * default) and the other Mainland offices (on by default; `?layers=solo` hides them).
 */
export default function LayerToggle() {
  const t = useTranslations('Legend');
  const { layers, setLayers } = useAtlasUrl();
  const hydrated = useHydrated();
  const set = (layer: Layer, on: boolean) =>
    setLayers(
      on ? [...layers.filter((l) => l !== layer), layer] : layers.filter((l) => l !== layer),
    );
  return (
    <>
      <label className="layer-toggle">
        <input
          type="checkbox"
          checked={!layers.includes('solo')}
          disabled={!hydrated}
          onChange={(e) => set('solo', !e.target.checked)}
        />
        <span dangerouslySetInnerHTML={{ __html: networkLegendHtml() }} />
        {t('network')}
      </label>
      <label className="layer-toggle">
        <input
          type="checkbox"
          checked={layers.includes('osm')}
          disabled={!hydrated}
          onChange={(e) => set('osm', e.target.checked)}
        />
        {t('tiles')}
      </label>
    </>
  );
}
