import { useTranslations } from 'next-intl';

/** Links to the data behind the map, as GeoJSON. */
export default function DataDownloads() {
  const t = useTranslations('Panel');
  return (
    <p className="downloads">
      {t('downloads')} <a href="/data/places.geojson">{t('officesData')}</a> ·{' '}
      <a href="/data/regions.geojson">{t('regionsData')}</a>
    </p>
  );
}
