import { datePrecision, toIsoDate } from '@/lib/atlas/dates';
import type { DateSpan, PartialDate } from './types';

const FULL_DATE = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/;
const MONTH_DAY = /^(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/;
const DAY = /^(\d{1,2})\s*日$/;
const SEPARATOR = /\s*(?:─|－|–|—|~|〜|～|-|至)\s*/;
const ONGOING = /^(?:今|至今|現在|现在|現今|现今)?$/;

function toPartialDate(year: number, month?: number, day?: number): PartialDate | null {
  const iso = toIsoDate(year, month, day);
  const precision = iso && datePrecision(iso);
  return precision ? { iso, precision } : null;
}

const toNumber = (digits: string | undefined) =>
  digits === undefined ? undefined : Number(digits);

/**
 * A date written the Chinese way: `1999年` → `{ iso: '1999', precision: 'year' }`,
 * `2004年1月` → month, `2006年4月30日` → day. Null if it is not such a date or is not a real
 * calendar date (month 13, 31 April).
 */
export function parsePartialDate(written: string): PartialDate | null {
  const match = FULL_DATE.exec(written.trim());
  if (!match) return null;
  return toPartialDate(Number(match[1]), toNumber(match[2]), toNumber(match[3]));
}

/** The end of a span, which may leave out what it shares with the start (`1月11日`, `11日`). */
function parseEnd(written: string, start: PartialDate): PartialDate | null {
  const full = parsePartialDate(written);
  if (full) return full;
  const year = Number(start.iso.slice(0, 4));
  const monthDay = MONTH_DAY.exec(written);
  if (monthDay) return toPartialDate(year, toNumber(monthDay[1]), toNumber(monthDay[2]));
  const day = DAY.exec(written);
  if (day && start.precision !== 'year') {
    return toPartialDate(year, Number(start.iso.slice(5, 7)), Number(day[1]));
  }
  return null;
}

/**
 * A span written the Chinese way, e.g. `1999年─2005年`, `2004年1月4日─1月11日` (the end
 * inherits the year), `2019年1月21日－` (open: end null). Separators: ─ － – — ~ 〜 ～ - 至.
 * A single date gives `end: null, open: false`. Null if the start is not a date, or the end
 * is neither a date nor empty/至今.
 */
export function parseDateSpan(written: string): DateSpan | null {
  const raw = written.trim();
  const separator = SEPARATOR.exec(raw);
  const startText = separator ? raw.slice(0, separator.index) : raw;
  const start = parsePartialDate(startText);
  if (!start) return null;
  if (!separator) return { start, end: null, open: false, raw };
  const endText = raw.slice(separator.index + separator[0].length).trim();
  if (ONGOING.test(endText)) return { start, end: null, open: true, raw };
  const end = parseEnd(endText, start);
  return end ? { start, end, open: false, raw } : null;
}
