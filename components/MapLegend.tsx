import { Suspense } from 'react';
import { useTranslations } from 'next-intl';
import { legendSvg } from '@/lib/map/marker-html';
import { COLORS } from '@/lib/map/region-style';
import LayerToggle from './LayerToggle';
import TimelineSlider from './TimelineSlider';
import TimelineSliderView from './TimelineSliderView';
import type { KeyDate } from '@/lib/atlas/key-dates';

/** What the colours and symbols on the map mean, and the optional tile layer. */
type Props = { keyDates: KeyDate[] };

export default function MapLegend({ keyDates }: Props) {
  const t = useTranslations('Legend');
  return (
    <div className="map-legend" aria-label={t('label')} role="group">
      <ul>
        <li>
          <span
            className="swatch"
            style={{ background: COLORS.jurisdiction, opacity: 0.55 }}
            aria-hidden="true"
          />
          {t('covered')}
        </li>
        <li>
          <span
            className="swatch"
            style={{ background: COLORS.china, borderColor: COLORS.chinaLine }}
            aria-hidden="true"
          />
          {t('other')}
        </li>
        <li>
          <span dangerouslySetInnerHTML={{ __html: legendSvg('office') }} /> {t('office')}
        </li>
        <li>
          <span dangerouslySetInnerHTML={{ __html: legendSvg('former-office') }} />{' '}
          {t('formerOffice')}
        </li>
        <li>
          <span dangerouslySetInnerHTML={{ __html: legendSvg('liaison-unit') }} />{' '}
          {t('liaisonUnit')}
        </li>
      </ul>
      <Suspense
        fallback={
          <>
            <label className="layer-toggle">
              <input type="checkbox" disabled /> {t('tiles')}
            </label>
            <TimelineSliderView date={null} keyDates={keyDates} />
          </>
        }
      >
        <LayerToggle />
        <TimelineSlider keyDates={keyDates} />
      </Suspense>
    </div>
  );
}
