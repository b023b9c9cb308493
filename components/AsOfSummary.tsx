'use client';

import { useQueryState } from 'nuqs';
import { eventsAround, headOn, isInUse, type Dateable, type Term } from '@/lib/view/as-of';
import type { MapPlace } from '@/lib/view/map-data';
import { viewStateParsers } from '@/lib/view/view-state';

type Props = {
  places: Pick<MapPlace, 'id' | 'name' | 'role' | 'from' | 'to'>[];
  heads: { id: string; name: string; term: Term }[];
  events: (Dateable & { id: string; name: string })[];
};

/** With a timeline date in the URL: the office as of that day, from the data and the article. */
export default function AsOfSummary({ places, heads, events }: Props) {
  const [date] = useQueryState('date', viewStateParsers.date);
  if (!date) return null;
  const open = places.filter((p) => isInUse(p, date));
  const office = open.find((p) => p.role !== 'liaison-unit');
  const units = open.filter((p) => p.role === 'liaison-unit');
  const head = headOn(heads, date);
  const around = eventsAround(events, date);
  return (
    <section className="as-of" aria-labelledby="as-of-h">
      <h2 id="as-of-h">
        On <time dateTime={date}>{date}</time>
      </h2>
      <dl className="facts">
        <dt>Office</dt>
        <dd lang="zh-Hant">{office ? office.name : 'not yet set up'}</dd>
        <dt>Head</dt>
        <dd lang="zh-Hant">{head ? head.name : 'not named in the article for this date'}</dd>
        <dt>Liaison units</dt>
        <dd lang="zh-Hant">{units.length ? units.map((u) => u.name).join('、') : 'none yet'}</dd>
        {around.length > 0 && (
          <>
            <dt>Events then</dt>
            <dd lang="zh-Hant">{around.map((e) => `「${e.name}」`).join('、')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
