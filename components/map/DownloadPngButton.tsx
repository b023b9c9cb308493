'use client';

import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { DomEvent } from 'leaflet';
import { useLocale, useTranslations } from 'next-intl';
import { formatIsoDate } from '@/lib/i18n/format-date';
import { useAtlasUrl } from '@/components/AtlasUrl';

/**
 * Saves the map as a picture that stands on its own: a title band (the selection, or the
 * office), the map as it is on screen — every layer, canvas and SVG, tiles when they are on,
 * markers and names in register — and under it the legend, the scale, the timeline date and
 * the credits (`draw-picture.ts`, loaded on the first click, so the page does not carry it).
 */
export default function DownloadPngButton() {
  const t = useTranslations('Map');
  const locale = useLocale();
  const { selection, date } = useAtlasUrl();
  const map = useMap();
  const ref = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(function keepClicksOffTheMap() {
    if (ref.current) DomEvent.disableClickPropagation(ref.current);
  }, []);

  async function download() {
    setBusy(true);
    try {
      const { drawPicture } = await import('./draw-picture');
      const blob = await drawPicture(map.getContainer(), date ? formatIsoDate(date, locale) : null);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `bjo-atlas-${selection ? `${selection.kind}-${selection.id}` : 'jurisdiction'}${date ? `-${date}` : ''}.png`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button ref={ref} type="button" className="map-download" onClick={download} disabled={busy}>
      {busy ? t('saving') : t('download')}
    </button>
  );
}
