'use client';

import { useTranslations } from 'next-intl';
import { useQueryState } from 'nuqs';
import { viewStateParsers } from '@/lib/url/view-state';

/** Turns the OpenStreetMap tile layer on or off; the choice lives in the URL (`?layers=osm`). */
export default function LayerToggle() {
  const t = useTranslations('Legend');
  const [layers, setLayers] = useQueryState(
    'layers',
    viewStateParsers.layers.withOptions({ history: 'replace', scroll: false }),
  );
  const on = layers.includes('osm');
  return (
    <label className="layer-toggle">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => void setLayers(e.target.checked ? ['osm'] : null)}
      />
      {t('tiles')}
    </label>
  );
}
