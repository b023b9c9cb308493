'use client';

import { useLocale, useTranslations } from 'next-intl';
import { contentLang, type Locale } from '@/lib/i18n/locales';
import { formatIsoDate } from '@/lib/i18n/format-date';
import { formatKm } from '@/lib/atlas/format';
import { pickOption, type MemberRef, type OfficeOption } from '@/lib/network/pick';
import { selectionPath } from '@/lib/url/selection';
import { useAtlasUrl } from './AtlasUrl';
import { useHydrated } from './useHydrated';
import ServiceSpan from './ServiceSpan';
import SourceName from './SourceName';

type Props = { options: OfficeOption[]; province: string; city: string };

/**
 * For a city outside the Beijing Office's provinces: the Hong Kong Government office that serves
 * its province on the timeline's date (today without one), that office's nearest liaison unit
 * and its address, the distance to each, and the sources. The static HTML says today's answer;
 * once the page runs, the date in the address applies.
 */
export default function NetworkAnswer({ options, province, city }: Props) {
  const t = useTranslations('NetworkAnswer');
  const locale = useLocale() as Locale;
  const hydrated = useHydrated();
  const { date } = useAtlasUrl();
  const day = hydrated ? date : null;
  const picked = pickOption(options, day);
  const distance = (m: MemberRef) =>
    m.sameCity ? t('sameCity', { city }) : t('km', { km: formatKm(m.km, locale) });
  const link = (m: MemberRef) => (
    <a href={selectionPath({ kind: 'place', id: m.id }, false, locale)}>{m.name}</a>
  );
  return (
    <>
      <dt>
        {day
          ? t('servedByOn', { province, date: formatIsoDate(day, locale) })
          : t('servedBy', { province })}
      </dt>
      <dd className="network-answer" data-office={picked?.option.office.id ?? ''}>
        {picked ? (
          <>
            {link(picked.option.office)} – {distance(picked.option.office)}
            <br />
            <span className="note">
              <ServiceSpan from={picked.option.from} until={picked.option.until} />
            </span>
          </>
        ) : (
          t('unknownOn', { province })
        )}
      </dd>
      {picked && (
        <>
          <dt>{t('nearestUnit')}</dt>
          <dd data-unit={picked.unit?.id ?? ''}>
            {picked.unit ? (
              <>
                {link(picked.unit)} – {distance(picked.unit)}
                {picked.unit.address && (
                  <>
                    <br />
                    <span lang={picked.unit.address.lang === 'en' ? 'en' : contentLang(locale)}>
                      {picked.unit.address.text}
                    </span>{' '}
                    {picked.unit.address.lang === 'en' && locale !== 'en' && (
                      <span className="note">{t('onlyEnglish')}</span>
                    )}
                    {picked.unit.address.lang === 'zh' && locale === 'en' && (
                      <span className="note">{t('onlyChinese')}</span>
                    )}
                  </>
                )}
              </>
            ) : picked.option.units.length ? (
              t('noUnitOn')
            ) : (
              t('noUnit')
            )}
          </dd>
          <dt>{t('periodSources')}</dt>
          <dd>
            <ul className="plain">
              {picked.option.sources.map((s) => (
                <li key={s.id}>
                  <SourceName source={s} />
                </li>
              ))}
            </ul>
            {picked.option.note && <span className="note">{picked.option.note}</span>}
            <p className="note">{t('cityPositions')}</p>
          </dd>
        </>
      )}
    </>
  );
}
