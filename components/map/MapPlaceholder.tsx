import { useTranslations } from 'next-intl';

/** Same box as the map, shown while the map code loads (no layout shift). */
export default function MapPlaceholder() {
  const t = useTranslations('Map');
  return (
    <div className="map-placeholder" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span className="map-loading">{t('loading')}</span>
      <span className="map-noscript">{t('noscript')}</span>
    </div>
  );
}
