import type { Locale } from './locales';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: Locale, precision: 1 | 2 | 3): Intl.DateTimeFormat {
  const key = `${locale}/${precision}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision >= 2 ? { month: 'long' } : {}),
      ...(precision === 3 ? { day: 'numeric' } : {}),
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
  const m = PARTIAL_DATE.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const precision = d ? 3 : mo ? 2 : 1;
  const date = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1)));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(mo ?? 1) - 1) return iso;
  return formatFor(locale, precision).format(date);
}
