/**
 * The office as of a date. Dates are ISO strings at the precision a source gives (`1999`,
 * `2005-09`, `2005-09-26`); a partial date starts on the first day it names and ends on the
 * last (see ./dates). The date asked about is a full `YYYY-MM-DD` day.
 */
import { firstDay, lastDay, toUtcDate } from './dates';

export type Dated = { from: string; to: string | null };

/**
 * In use on `day`: from its first day on, and before the day it ended (`to` is when the next
 * address took over, so that day belongs to the next one). No day: always in use.
 */
export function isInUse(span: Dated, day: string | null): boolean {
  if (!day) return true;
  return firstDay(span.from) <= day && (span.to === null || day < firstDay(span.to));
}

export type Term = { start: { iso: string }; end: { iso: string } | null; open: boolean };

/**
 * Who headed the office on `day`: the head whose term contains it (the later one on a
 * hand-over day), or null where the article names nobody (e.g. early 2006).
 */
export function headOn<H extends { term: Term }>(heads: readonly H[], day: string): H | null {
  const inOffice = heads.filter(
    (h) =>
      firstDay(h.term.start.iso) <= day &&
      (h.term.end ? day <= lastDay(h.term.end.iso) : h.term.open),
  );
  return inOffice[inOffice.length - 1] ?? null;
}

export type Dateable = { start: { iso: string }; end: { iso: string } | null };

/** Events that overlap the year around `day` (six months before to six months after). */
export function eventsAround<E extends Dateable>(events: readonly E[], day: string): E[] {
  const t = toUtcDate(day).getTime();
  const half = 183 * 86_400_000;
  return events.filter((e) => {
    const start = toUtcDate(e.start.iso).getTime();
    const end = toUtcDate(lastDay((e.end ?? e.start).iso)).getTime();
    return end >= t - half && start <= t + half;
  });
}
