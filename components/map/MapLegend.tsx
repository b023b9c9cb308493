import { useLocale, useTranslations } from 'next-intl';
import { formatIsoDate } from '@/lib/i18n/format-date';
import { legendSvg } from '@/lib/map/marker-html';
import { COLORS } from '@/lib/map/region-style';
import { useAtlasUrl } from '@/components/AtlasUrl';
import LayerToggle from '@/components/LayerToggle';
import TimelineSlider from '@/components/TimelineSlider';
import type { KeyDate } from '@/lib/atlas/key-dates';

/** What the colours and symbols on the map mean, and the optional tile layer. */
type Props = { keyDates: KeyDate[] };

export default function MapLegend({ keyDates }: Props) {
  const t = useTranslations('Legend');
  const { date, embed } = useAtlasUrl();
  const locale = useLocale();
  const content = (
    <>
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
        {/* On a timeline date the address then in use is drawn as the office, whichever it was. */}
        <li>
          <span dangerouslySetInnerHTML={{ __html: legendSvg('office') }} />{' '}
          {date ? t('officeOn') : t('office')}
        </li>
        {!date && (
          <li>
            <span dangerouslySetInnerHTML={{ __html: legendSvg('former-office') }} />{' '}
            {t('formerOffice')}
          </li>
        )}
        <li>
          <span dangerouslySetInnerHTML={{ __html: legendSvg('liaison-unit') }} />{' '}
          {t('liaisonUnit')}
        </li>
      </ul>
      <LayerToggle />
      <TimelineSlider keyDates={keyDates} />
    </>
  );
  return (
    <div className="map-legend" aria-label={t('label')} role="group">
      {/*
        One line (its title and the date) that opens on demand where the map is small, and in
        the embed, so that it covers no province until opened; where the map is large, or the
        legend sits under it (phones), the line goes and the legend is always open (CSS: the
        details' content is shown whether or not it is open).
      */}
      <details className={embed ? 'legend-toggle' : 'legend-toggle legend-fold'}>
        <summary>
          {t('label')}
          {date && ` · ${formatIsoDate(date, locale)}`}
        </summary>
        {content}
      </details>
    </div>
  );
}
