import { useLocale, useTranslations } from 'next-intl';
import type { Mention } from '@/lib/article/find-mentions';
import type { ArticleSource } from '@/lib/article/types';
import { formatIsoDate } from '@/lib/i18n/format-date';
import { contentLang } from '@/lib/i18n/locales';
import type { RegionDescription } from '@/lib/atlas/describe-region';
import { formatKm, formatKm2 } from '@/lib/atlas/format';
import { selectionPath } from '@/lib/url/selection';
import ArticleAttribution from './ArticleAttribution';
import LinkedNames from './LinkedNames';
import MentionList from './MentionList';
import PanelHeader from './PanelHeader';
import ExternalLink from './ExternalLink';

type Props = {
  d: RegionDescription;
  mentions: Mention[];
  articleTitle: string;
  articleSource: ArticleSource;
};

/** A province's panel: names, kind, area, the office covering it, the places and events in it. */
export default function RegionPanel({ d, mentions, articleTitle, articleSource }: Props) {
  const t = useTranslations('Region');
  const tPanel = useTranslations('Panel');
  const locale = useLocale();
  const zh = contentLang(locale);
  const placeHref = (id: string) => selectionPath({ kind: 'place', id }, false, locale);
  const { region } = d;
  return (
    <article aria-labelledby="panel-title">
      <PanelHeader
        kicker={t('kicker', { kind: t(`kind.${region.kind}`) })}
        title={region.fullNames[locale]}
        titleLang={locale}
        subtitle={`${locale === 'en' ? region.fullNames[zh] : region.fullNames.en} · ${region.iso}`}
        subtitleLang={locale === 'en' ? zh : 'en'}
      />
      <dl className="facts">
        <dt>{t('area')}</dt>
        <dd>
          {formatKm2(region.areaKm2, locale)} <span className="note">{t('areaComputed')} </span>
          <span className="note">
            {region.sourceAreaKm2 === null
              ? t('areaNoSource')
              : t('areaSource', { area: formatKm2(region.sourceAreaKm2, locale) })}
          </span>
        </dd>
        {d.coveredBy && (
          <>
            <dt>{t('coveredBy')}</dt>
            <dd>
              <a href={placeHref(d.coveredBy.id)}>{d.coveredBy.name}</a>
            </dd>
          </>
        )}
        {d.liaisonUnit && (
          <>
            <dt>{t('liaisonUnit')}</dt>
            <dd>
              <a href={placeHref(d.liaisonUnit.id)}>{d.liaisonUnit.name}</a>
            </dd>
          </>
        )}
        {d.placesInside.length > 0 && (
          <>
            <dt>{t('placesInside')}</dt>
            <dd>
              <LinkedNames
                items={d.placesInside.map((p) => ({ href: placeHref(p.id), name: p.name }))}
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
        {d.events.length > 0 && (
          <>
            <dt>{t('events')}</dt>
            <dd>
              <ul className="plain">
                {d.events.map((e) => (
                  <li key={e.id}>
                    <span lang={zh}>「{e.name}」</span>{' '}
                    <time dateTime={e.start.iso}>{formatIsoDate(e.start.iso, locale)}</time>
                    {e.end && (
                      <>
                        {' '}
                        – <time dateTime={e.end.iso}>{formatIsoDate(e.end.iso, locale)}</time>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <MentionList mentions={mentions} name={region.names[zh]} />
      <p className="attribution-note">
        {t.rich('boundary', {
          link: (chunks) => (
            <ExternalLink href="https://www.naturalearthdata.com/">{chunks}</ExternalLink>
          ),
        })}
      </p>
      <ArticleAttribution title={articleTitle} source={articleSource} />
    </article>
  );
}
