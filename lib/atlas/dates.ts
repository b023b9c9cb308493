/**
 * Partial ISO 8601 dates: a date at the precision a source gives, `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD` (proleptic Gregorian, no time zone). A partial date names a span of days: it
 * starts on the first day it names and ends on the last. Pure functions, no clock.
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** The numbers of a partial date; `month` and `day` are there as far as `precision` goes. */
export type DateParts = { year: number; month?: number; day?: number; precision: DatePrecision };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1–12) of `year`: 28 to 31. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The partial date for these numbers (`2004, 1` → `2004-01`), or null when there is no such
 * month or day (month 13, 31 April, 29 February outside a leap year).
 */
export function toIsoDate(year: number, month?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return null;
  if (month === undefined) return pad(year, 4);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const yearMonth = `${pad(year, 4)}-${pad(month)}`;
  if (day === undefined) return yearMonth;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${yearMonth}-${pad(day)}`;
}

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null if it is not one or names no real day. */
export function readIsoDate(iso: string): DateParts | null {
  const match = PARTIAL_DATE.exec(iso);
  if (!match) return null;
  const [, y, mo, d] = match;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (toIsoDate(year, month, day) === null) return null;
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { year, month, day, precision };
}

export function isIsoDate(iso: string): boolean {
  return readIsoDate(iso) !== null;
}

/** `year`, `month` or `day`; null if `iso` is not a partial date. */
export function datePrecision(iso: string): DatePrecision | null {
  return readIsoDate(iso)?.precision ?? null;
}

function partsOf(iso: string): DateParts {
  const parts = readIsoDate(iso);
  if (!parts)
    throw new RangeError(`${JSON.stringify(iso)} is not a YYYY, YYYY-MM or YYYY-MM-DD date`);
  return parts;
}

/** First day of a partial date: `1999` → `1999-01-01`. Throws if `iso` is not one. */
export function firstDay(iso: string): string {
  const { year, month = 1, day = 1 } = partsOf(iso);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Last day of a partial date: `2005` → `2005-12-31`, `2012-02` → `2012-02-29`. Throws if
 * `iso` is not one.
 */
export function lastDay(iso: string): string {
  const { year, month = 12, day } = partsOf(iso);
  return `${pad(year, 4)}-${pad(month)}-${pad(day ?? daysInMonth(year, month))}`;
}

/** The first day of a partial date as a UTC `Date` (years below 100 kept as they are). */
export function toUtcDate(iso: string): Date {
  const { year, month = 1, day = 1 } = partsOf(iso);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}
