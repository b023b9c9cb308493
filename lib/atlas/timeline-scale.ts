import { FIRST_DATE } from '@/lib/url/view-state';

const DAY = 86_400_000;

/** Days from the start of the timeline (FIRST_DATE) to an ISO day, for a slider's value. */
export function dayIndex(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${FIRST_DATE}T00:00:00Z`)) / DAY);
}

/** The ISO day at a slider value: the inverse of dayIndex. */
export function dayAt(index: number): string {
  return new Date(Date.parse(`${FIRST_DATE}T00:00:00Z`) + Math.round(index) * DAY)
    .toISOString()
    .slice(0, 10);
}

/**
 * The day `months` months after `day` (before, if negative), for the timeline's keys: the day
 * of the month is kept where that month has it, else its last day (31 January + 1 → 28 or
 * 29 February). Clamped to [FIRST_DATE, `last`].
 */
export function addMonths(day: string, months: number, last: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const next = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastOfMonth)).padStart(2, '0')}`;
  return next < FIRST_DATE ? FIRST_DATE : next > last ? last : next;
}
