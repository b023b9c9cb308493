import { NextIntlClientProvider, useLocale, useTranslations } from 'next-intl';
import { messagesFor } from '@/lib/i18n/messages';
import type { Mention } from '@/lib/article/find-mentions';
import type { ArticleSource } from '@/lib/article/types';
import { contentLang, type Locale } from '@/lib/i18n/locales';
import type { CityDescription } from '@/lib/atlas/describe-city';
import { formatKm } from '@/lib/atlas/format';
import { selectionPath } from '@/lib/url/selection';
import ArticleAttribution from './ArticleAttribution';
import MentionList from './MentionList';
import PanelHeader from './PanelHeader';
import ExternalLink from './ExternalLink';
import NetworkAnswer from './NetworkAnswer';
import type { OfficeOption } from '@/lib/network/pick';

/** Beyond the Beijing Office's provinces: the Mainland office's answer, or Hong Kong and Macao. */
export type CityNetwork =
  { kind: 'mainland'; options: OfficeOption[] } | { kind: 'sar'; id: 'hong-kong' | 'macao' } | null;

type Props = {
  d: CityDescription;
  network: CityNetwork;
  mentions: Mention[];
  articleTitle: string;
  articleSource: ArticleSource;
};

/**
 * A city found with the finder: its province, whether this office covers it, how far it is
 * from the office and the nearest liaison unit, and what the article says of it or its province.
 */
export default function CityPanel({ d, network, mentions, articleTitle, articleSource }: Props) {
  const t = useTranslations('City');
  const tNetwork = useTranslations('Network');
  const locale = useLocale() as Locale;
  const zh = contentLang(locale);
  const href = (kind: 'place' | 'region', id: string) => selectionPath({ kind, id }, false, locale);
  const own = d.city.names[locale];
  const title = own ?? d.city.names.en;
  const titleLang = own ? locale : 'en';
  const other = locale === 'en' ? d.city.names[zh] : d.city.names.en;
  const provinceName = d.province?.names[locale] ?? '—';
  return (
    <article aria-labelledby="panel-title">
      <PanelHeader
        kicker={t('kicker', { province: provinceName })}
        title={title}
        titleLang={titleLang}
        subtitle={other ?? ''}
        subtitleLang={locale === 'en' ? zh : 'en'}
      />
      <dl className="facts">
        <dt>{t('province')}</dt>
        <dd>
          {d.province && d.covered ? (
            <a href={href('region', d.province.id)}>{provinceName}</a>
          ) : (
            provinceName
          )}
        </dd>
        <dt>{t('covered')}</dt>
        <dd className={d.covered ? 'answer is-covered' : 'answer is-not-covered'}>
          {d.covered
            ? t('coveredYes', { province: provinceName })
            : network?.kind === 'sar'
              ? tNetwork(network.id === 'hong-kong' ? 'sarHongKong' : 'sarMacao')
              : t('coveredNo', { city: title, province: provinceName })}
        </dd>
        {network?.kind === 'mainland' && (
          // Its words reach the browser on city pages only, not with every page's messages.
          <NextIntlClientProvider
            locale={locale}
            timeZone="UTC"
            messages={{ NetworkAnswer: messagesFor(locale).NetworkAnswer }}
          >
            <NetworkAnswer options={network.options} province={provinceName} city={title} />
          </NextIntlClientProvider>
        )}
        <dt>{t('fromOffice')}</dt>
        <dd>
          <a href={href('place', d.office.id)}>{d.office.name}</a> –{' '}
          {t('distance', { km: formatKm(d.office.km, locale) })}
        </dd>
        {d.nearestLiaisonUnit && (
          <>
            <dt>{t('nearestUnit')}</dt>
            <dd>
              <a href={href('place', d.nearestLiaisonUnit.id)}>{d.nearestLiaisonUnit.name}</a> –{' '}
              {t('distance', { km: formatKm(d.nearestLiaisonUnit.km, locale) })}
            </dd>
          </>
        )}
        {d.provinceLiaisonUnit && (
          <>
            <dt>{t('provinceUnit')}</dt>
            <dd>
              <a href={href('place', d.provinceLiaisonUnit.id)}>{d.provinceLiaisonUnit.name}</a>
            </dd>
          </>
        )}
      </dl>
      <MentionList mentions={mentions} name={title} />
      <p className="attribution-note">
        {t.rich('source', {
          link: (chunks) => (
            <ExternalLink href="https://www.naturalearthdata.com/">{chunks}</ExternalLink>
          ),
        })}
      </p>
      <ArticleAttribution title={articleTitle} source={articleSource} />
    </article>
  );
}
