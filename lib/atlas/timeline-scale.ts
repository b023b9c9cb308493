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
