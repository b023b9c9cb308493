import type { Article } from '@/lib/article/types';
import type { Place } from '@/lib/data/schema';
import { contentLang, type Locale } from '@/lib/i18n/locales';
import { formatIsoDate } from '@/lib/i18n/format-date';
import { firstDay } from './dates';

/**
 * A day worth a tick on the timeline. `name`, when there is one, is the Chinese name inside
 * the label (a head of office, an event), in the article's script `nameLang`, so a page in
 * another language can mark it. `dateText` is the day written for the page's language, done
 * here on the server: the browser then builds no date formatter while the page loads.
 */
export type KeyDate = {
  date: string;
  dateText: string;
  label: string;
  name?: string;
  nameLang?: string;
};

/**
 * The dates worth a tick on the timeline, from the data and the article: each place's dates,
 * each head's start, each event's start. Sorted, one per day. Places are named in `locale`;
 * `headStarts` words a head's first day (`曹萬泰 becomes head`).
 */
export function listKeyDates(
  places: readonly Place[],
  article: Article,
  locale: Locale,
  headStarts: (name: string) => string,
): KeyDate[] {
  const all: Omit<KeyDate, 'dateText'>[] = [
    ...places.flatMap((p) =>
      [p.dates.from, ...(p.dates.other ?? [])].map((d) => ({
        date: firstDay(d.date),
        label: `${p.shortNames[locale]}${locale === 'en' ? ': ' : '：'}${locale === 'en' ? d.what : d.whatZh}`,
      })),
    ),
    ...article.heads.map((h) => ({
      date: firstDay(h.term.start.iso),
      label: headStarts(h.name),
      name: h.name,
      nameLang: contentLang(locale),
    })),
    ...article.events.map((e) => ({
      date: firstDay(e.start.iso),
      label: e.name,
      name: e.name,
      nameLang: contentLang(locale),
    })),
  ];
  const byDay = new Map<string, KeyDate>();
  for (const k of all.sort((a, b) => a.date.localeCompare(b.date)))
    if (!byDay.has(k.date)) byDay.set(k.date, { ...k, dateText: formatIsoDate(k.date, locale) });
  return [...byDay.values()];
}
