/**
 * The browser's half of the finder's answer (lib/network/answer builds the options on the
 * server): which option holds on the timeline's date. Imports nothing heavy: it ships with the
 * city pages.
 */
import type { SourceRef } from '@/lib/atlas/describe-place';
import { isOpenOn, spanCovers } from './service';

export type MemberRef = {
  id: string;
  /** its page: a place of the article, or an office of the network */
  href: { kind: 'place' | 'office'; id: string };
  name: string;
  /** the address in the page's language, else in the other one (lang says which) */
  address: { text: string; lang: 'zh' | 'en' } | null;
  km: number;
  /** it is placed at the city asked about (its building's position is not known): km is 0 */
  sameCity: boolean;
  /** the first date it is known to be open; null: not known (counted as open only for now) */
  from: string | null;
};

export type OfficeOption = {
  from: string | null;
  until: string | null;
  note: string | null;
  office: MemberRef;
  /** its liaison units, nearest first */
  units: MemberRef[];
  sources: SourceRef[];
};

/**
 * The office serving on `day` (null: now) and its nearest liaison unit open that day, or null
 * where the data has no office for that day.
 */
export function pickOption(
  options: readonly OfficeOption[],
  day: string | null,
): { option: OfficeOption; unit: MemberRef | null } | null {
  const option = options.find((o) => spanCovers(o.from, o.until, day));
  if (!option) return null;
  return { option, unit: option.units.find((u) => isOpenOn(u, day)) ?? null };
}
