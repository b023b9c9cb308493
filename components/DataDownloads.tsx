import { Fragment } from 'react';
import { useTranslations } from 'next-intl';
import { DOWNLOADS, type Download } from '@/lib/data/downloads';

/** Each link's words (Panel messages), which name what it holds and its format. */
const LINKS = [
  ['officesData', DOWNLOADS.placesGeoJson],
  ['officesKml', DOWNLOADS.placesKml],
  ['officesCsv', DOWNLOADS.placesCsv],
  ['officesDetails', DOWNLOADS.placesDetailsGeoJson],
  ['regionsData', DOWNLOADS.regionsGeoJson],
  ['regionsKml', DOWNLOADS.regionsKml],
] as const satisfies readonly (readonly [string, Download])[];

/** Links to the data behind the map, saved as files; their fields are in data/README.md. */
export default function DataDownloads() {
  const t = useTranslations('Panel');
  return (
    <p className="downloads">
      {t('downloads')}{' '}
      {LINKS.map(([key, download], i) => (
        <Fragment key={key}>
          {i > 0 && ' · '}
          <a
            href={download.path}
            download={download.filename}
            type={download.contentType.split(';')[0]}
          >
            {t(key)}
          </a>
        </Fragment>
      ))}
    </p>
  );
}
