import { useLocale, useTranslations } from 'next-intl';
import type { JurisdictionArea } from '@/lib/geo/jurisdiction-area';
import { formatKm2 } from '@/lib/atlas/format';
import { selectionPath } from '@/lib/url/selection';
import LinkedNames from './LinkedNames';
import type { NamedId } from '@/lib/url/place-list';

type Props = { regions: NamedId[]; places: NamedId[]; area: JurisdictionArea };

/**
 * What the map shows, before anything is selected: the provinces the office covers, their
 * area and share of China's, and the office's places. Server-rendered, so it reads the same
 * without JavaScript.
 */
export default function JurisdictionSummary({ regions, places, area }: Props) {
  const t = useTranslations('Jurisdiction');
  const locale = useLocale();
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const rounded = Math.round(area.areaKm2 / 10_000) * 10_000;
  const links = (kind: 'place' | 'region', list: NamedId[]) =>
    list.map((x) => ({ href: selectionPath({ kind, id: x.id }, false, locale), name: x.name }));
  return (
    <section className="jurisdiction" aria-labelledby="jurisdiction-title" lang={locale}>
      <h2 id="jurisdiction-title">{t('title')}</h2>
      <p>
        {t('provinces', { count: regions.length })} <LinkedNames items={links('region', regions)} />
        {locale === 'en' ? '. ' : '。'}
        {t('area', { area: formatKm2(rounded, locale), share: share.format(area.shareOfChina) })}
      </p>
      <p>
        {t('offices', { count: places.length })} <LinkedNames items={links('place', places)} />
        {locale === 'en' ? '. ' : '。'}
      </p>
      <p className="note">{t('areaNote')}</p>
    </section>
  );
}
