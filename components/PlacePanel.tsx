import { useLocale, useTranslations } from 'next-intl';
import type { Mention } from '@/lib/article/find-mentions';
import type { ArticleSource } from '@/lib/article/types';
import { formatIsoDate } from '@/lib/i18n/format-date';
import { contentLang } from '@/lib/i18n/locales';
import type { DatedFact, PlaceDescription } from '@/lib/atlas/describe-place';
import { formatKm } from '@/lib/atlas/format';
import { selectionPath } from '@/lib/url/selection';
import ArticleAttribution from './ArticleAttribution';
import LinkedNames from './LinkedNames';
import MentionList from './MentionList';
import PanelHeader from './PanelHeader';
import SourceList from './SourceList';
import SourceName from './SourceName';

type Props = {
  d: PlaceDescription;
  mentions: Mention[];
  articleTitle: string;
  articleSource: ArticleSource;
};

/**
 * A place's panel: names, role, address, dates, position ± uncertainty and how it was found,
 * sources, mentions, derived facts. Everything but names, addresses and titles of sources is
 * in the page's language; those carry their own `lang`.
 */
export default function PlacePanel({ d, mentions, articleTitle, articleSource }: Props) {
  const t = useTranslations('Place');
  const tPanel = useTranslations('Panel');
  const locale = useLocale();
  const { place } = d;
  const [lng, lat] = place.position;
  const zh = contentLang(locale);
  const regionHref = (id: string) => selectionPath({ kind: 'region', id }, false, locale);
  return (
    <article aria-labelledby="panel-title">
      <PanelHeader
        kicker={t(`role.${place.role}`)}
        title={place.names[locale]}
        titleLang={locale}
        subtitle={locale === 'en' ? place.names[zh] : place.names.en}
        subtitleLang={locale === 'en' ? zh : 'en'}
      />
      <dl className="facts">
        <dt>{t('address')}</dt>
        <dd>
          <span lang={zh}>{place.address.zh}</span>
          <br />
          <span lang="en">{place.address.en}</span>
        </dd>
        <dt>{t('inUse')}</dt>
        <dd>
          <DateLine label={t('from')} fact={d.from} />
          {d.to && <DateLine label={t('to')} fact={d.to} />}
          {!d.to && place.role !== 'former-office' && <> {t('stillInUse')}</>}
        </dd>
        <OtherDates facts={d.otherDates} />
        <dt>{t('position')}</dt>
        <dd>
          {t('positionValue', {
            lat: lat.toFixed(5),
            lng: lng.toFixed(5),
            metres: place.uncertaintyM,
          })}
          <br />
          <span className="note">{d.basis}</span>
        </dd>
        <dt>{t('region')}</dt>
        <dd>
          <a href={regionHref(d.region.id)}>{d.region.name}</a>
        </dd>
        {d.covers.length > 0 && (
          <>
            <dt>{t('covers')}</dt>
            <dd>
              {t('coversCount', { count: d.covers.length })}{' '}
              <LinkedNames
                items={d.covers.map((r) => ({
                  href: regionHref(r.id),
                  name: r.name,
                }))}
              />
            </dd>
          </>
        )}
        {d.distanceFromOfficeKm !== null && (
          <>
            <dt>{tPanel('fromOffice')}</dt>
            <dd>{t('distance', { km: formatKm(d.distanceFromOfficeKm, locale) })}</dd>
          </>
        )}
      </dl>
      {d.notes && (
        <p className="note">
          {t('note')} {d.notes}
        </p>
      )}
      <MentionList mentions={mentions} name={place.shortNames[zh]} />
      <SourceList sources={d.sources} />
      <ArticleAttribution title={articleTitle} source={articleSource} />
    </article>
  );
}

/** Other dates a place's sources give, each with its source: none, nothing shown. */
export function OtherDates({ facts }: { facts: DatedFact[] }) {
  const t = useTranslations('Place');
  if (!facts.length) return null;
  return (
    <>
      <dt>{t('otherDates')}</dt>
      <dd>
        <ul className="plain">
          {facts.map((f) => (
            <li key={f.date + f.what}>
              <DateLine fact={f} />
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** A dated fact as the data gives it, in the page's language, with its source and note. */
export function DateLine({ label, fact }: { label?: string; fact: DatedFact }) {
  const t = useTranslations('Place');
  const locale = useLocale();
  return (
    <span className="date-line">
      {label && `${label} `}
      <time dateTime={fact.date}>{formatIsoDate(fact.date, locale)}</time>
      {t('colon')}
      {fact.what}
      {fact.source && (
        <span className="note">
          {t.rich(fact.note ? 'sourceNote' : 'sourceOnly', {
            source: () => <SourceName source={fact.source!} />,
            note: fact.note ?? '',
          })}
        </span>
      )}
      <br />
    </span>
  );
}
