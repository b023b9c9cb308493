import { useLocale, useTranslations } from 'next-intl';
import { contentLang, type Locale } from '@/lib/i18n/locales';
import { formatKm } from '@/lib/atlas/format';
import type { NetworkPlaceDescription } from '@/lib/network/describe';
import { selectionPath } from '@/lib/url/selection';
import LinkedNames from './LinkedNames';
import PanelHeader from './PanelHeader';
import { DateLine, OtherDates } from './PlacePanel';
import ServiceSpan from './ServiceSpan';
import SourceList from './SourceList';

type Props = { d: NetworkPlaceDescription };

/**
 * The short panel of one of the Hong Kong Government's other Mainland offices or liaison
 * units: names, address, dates, position and how it was found, the provinces it serves or works
 * with, and its sources. Shown for context: the atlas's subject stays the Beijing Office.
 */
export default function NetworkPlacePanel({ d }: Props) {
  const t = useTranslations('Network');
  const tAnswer = useTranslations('NetworkAnswer');
  const locale = useLocale() as Locale;
  const zh = contentLang(locale);
  const { member } = d;
  const [lng, lat] = member.position;
  const href = (kind: 'place' | 'region', id: string) => selectionPath({ kind, id }, false, locale);
  const regionLink = (r: { id: string; name: string }) =>
    d.covered.includes(r.id) ? <a href={href('region', r.id)}>{r.name}</a> : r.name;
  return (
    <article aria-labelledby="panel-title" className="network-panel">
      <PanelHeader
        kicker={
          member.role === 'office'
            ? t('role.office')
            : t('role.liaison-unit', { office: d.office?.name ?? '' })
        }
        title={member.names[locale]}
        titleLang={locale}
        subtitle={locale === 'en' ? member.names[zh] : member.names.en}
        subtitleLang={locale === 'en' ? zh : 'en'}
      />
      <p className="note">{t('context')}</p>
      <dl className="facts">
        <dt>{t('address')}</dt>
        <dd>
          {d.address ? (
            <>
              {d.address.zh && <span lang={zh}>{d.address.zh}</span>}
              {d.address.zh && d.address.en && <br />}
              {d.address.en && <span lang="en">{d.address.en}</span>}{' '}
              {!d.address.zh && locale !== 'en' && (
                <span className="note">{tAnswer('onlyEnglish')}</span>
              )}
              {!d.address.en && locale === 'en' && (
                <span className="note">{tAnswer('onlyChinese')}</span>
              )}
            </>
          ) : (
            t('addressNone')
          )}
        </dd>
        <dt>{t('opened')}</dt>
        <dd>{d.from ? <DateLine fact={d.from} /> : t('openedUnknown')}</dd>
        <OtherDates facts={d.otherDates} />
        <dt>{t('position')}</dt>
        <dd>
          {t('positionValue', {
            lat: lat.toFixed(4),
            lng: lng.toFixed(4),
            km: Math.round(member.uncertaintyM / 1000),
          })}
          <br />
          <span className="note">{d.basis}</span>
        </dd>
        <dt>{t('region')}</dt>
        <dd>{regionLink(d.region)}</dd>
        {d.serves.length > 0 && (
          <>
            <dt>{t('serves')}</dt>
            <dd>
              <ul className="plain">
                {d.serves.map((p) => (
                  <li key={`${p.region.id}-${p.from}`} data-region={p.region.id}>
                    {regionLink(p.region)}{' '}
                    <span className="note">
                      <ServiceSpan from={p.from} until={p.until} />
                    </span>
                    {p.note && <span className="note"> ({p.note})</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {d.worksWith && (
          <>
            <dt>{t('worksWith')}</dt>
            <dd>{regionLink(d.worksWith)}</dd>
          </>
        )}
        {d.office && (
          <>
            <dt>{t('office')}</dt>
            <dd>
              <a href={href('place', d.office.id)}>{d.office.name}</a>
            </dd>
          </>
        )}
        {d.units.length > 0 && (
          <>
            <dt>{t('units')}</dt>
            <dd>
              <LinkedNames
                items={d.units.map((u) => ({ href: href('place', u.id), name: u.name }))}
              />
            </dd>
          </>
        )}
        <dt>{t('fromBeijing')}</dt>
        <dd>{tAnswer('km', { km: formatKm(d.fromBeijingKm, locale) })}</dd>
      </dl>
      {d.notes && (
        <p className="note">
          {t('note')} {d.notes}
        </p>
      )}
      <SourceList sources={d.sources} />
    </article>
  );
}
