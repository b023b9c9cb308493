import { readIsoDate, toUtcDate, type DatePrecision } from '@/lib/atlas/dates';
import type { Locale } from './locales';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: Locale, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}/${precision}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision !== 'year' ? { month: 'long' } : {}),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    formats.set(key, f);
  }
  return f;
}

/**
 * An ISO 8601 calendar date at the precision it was given (`2005`, `2005-09`, `2005-09-26`)
 * written for `locale` with Intl: `2005年9月26日`, `September 26, 2005`; only as precise as the
 * input. Anything else is returned unchanged, so an odd date is shown, never dropped.
 */
export function formatIsoDate(iso: string, locale: Locale): string {
  const parts = readIsoDate(iso);
  if (!parts) return iso;
  return formatFor(locale, parts.precision).format(toUtcDate(iso));
}
