/**
 * Which Hong Kong Government Mainland office serves a province on a day. Pure.
 *
 * A service period runs from its `from` (inclusive; absent: since the office opened) to its
 * `until` (the day the next office took over, exclusive; absent: still served). Dates are at the
 * precision the sources give; a `YYYY` or `YYYY-MM` boundary counts from its first day, as the
 * office's own addresses do (lib/atlas/as-of). The day asked about is a full `YYYY-MM-DD`, or
 * null for "now": the periods that have not ended.
 */
import { firstDay } from '@/lib/atlas/dates';
import type { ServiceEdge } from './schema';

export type ServicePeriod = {
  officeId: string;
  regionId: string;
  from: ServiceEdge | null;
  until: ServiceEdge | null;
};

/** A span from `from` (inclusive; null: always) to `until` (exclusive; null: not ended) covers `day` (null: now). */
export function spanCovers(from: string | null, until: string | null, day: string | null): boolean {
  if (day === null) return until === null;
  return (from === null || firstDay(from) <= day) && (until === null || day < firstDay(until));
}

/** The period covers `day` (null: now, i.e. it has not ended). */
export function periodCovers(
  p: Pick<ServicePeriod, 'from' | 'until'>,
  day: string | null,
): boolean {
  return spanCovers(p.from?.date ?? null, p.until?.date ?? null, day);
}

/** The periods in which `regionId` is served on `day`: one where the data is whole. */
export function servingOn(
  periods: readonly ServicePeriod[],
  regionId: string,
  day: string | null,
): ServicePeriod[] {
  return periods.filter((p) => p.regionId === regionId && periodCovers(p, day));
}

/** Of `regionIds`, those no office serves on `day`, and those more than one does. */
export function coverageOn(
  periods: readonly ServicePeriod[],
  regionIds: readonly string[],
  day: string | null,
): { unassigned: string[]; doubled: string[] } {
  const unassigned: string[] = [];
  const doubled: string[] = [];
  for (const id of regionIds) {
    const n = servingOn(periods, id, day).length;
    if (n === 0) unassigned.push(id);
    else if (n > 1) doubled.push(id);
  }
  return { unassigned, doubled };
}

/** A place that opened on a known date, or whose first recorded date is known. */
export type Opening = { from: string | null };

/** Open on `day` (null: now). A place with no known date counts only for now. */
export function isOpenOn(place: Opening, day: string | null): boolean {
  if (day === null) return true;
  return place.from !== null && firstDay(place.from) <= day;
}
