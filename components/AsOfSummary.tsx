'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatIsoDate } from '@/lib/i18n/format-date';
import { contentLang } from '@/lib/i18n/locales';
import { eventsAround, headOn, isInUse, type Dateable, type Term } from '@/lib/atlas/as-of';
import type { MapPlace } from '@/lib/map/map-data';
import { useAtlasUrl } from './AtlasUrl';

type Props = {
  places: Pick<MapPlace, 'id' | 'name' | 'role' | 'from' | 'to'>[];
  heads: { id: string; name: string; term: Term }[];
  events: (Dateable & { id: string; name: string })[];
};

/** With a timeline date in the URL: the office as of that day, from the data and the article. */
export default function AsOfSummary({ places, heads, events }: Props) {
  const t = useTranslations('Timeline');
  const locale = useLocale();
  const zh = contentLang(locale);
  const { date, dateRequested } = useAtlasUrl();
  if (!date) return null;
  const open = places.filter((p) => isInUse(p, date));
  const office = open.find((p) => p.role !== 'liaison-unit');
  const units = open.filter((p) => p.role === 'liaison-unit');
  const head = headOn(heads, date);
  const around = eventsAround(events, date);
  const list = (names: string[]) => names.join(locale === 'en' ? ', ' : '、');
  return (
    <section className="as-of" aria-labelledby="as-of-h">
      <h2 id="as-of-h">
        {t.rich('on', {
          date: formatIsoDate(date, locale),
          time: (chunks) => <time dateTime={date}>{chunks}</time>,
        })}
      </h2>
      {dateRequested && (
        <p className="note" role="status">
          {t('clamped', {
            requested: formatIsoDate(dateRequested, locale),
            date: formatIsoDate(date, locale),
          })}
        </p>
      )}
      <dl className="facts">
        <dt>{t('office')}</dt>
        <dd>{office ? office.name : t('officeNone')}</dd>
        <dt>{t('head')}</dt>
        <dd>{head ? <span lang={zh}>{head.name}</span> : t('headNone')}</dd>
        <dt>{t('units')}</dt>
        <dd>{units.length ? list(units.map((u) => u.name)) : t('unitsNone')}</dd>
        {around.length > 0 && (
          <>
            <dt>{t('events')}</dt>
            <dd lang={zh}>{around.map((e) => `「${e.name}」`).join('、')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
