'use client';

import { useQueryState } from 'nuqs';
import { dayAt, dayIndex } from '@/lib/view/timeline-scale';
import { FIRST_DATE, today, viewStateParsers } from '@/lib/view/view-state';

type Props = { keyDates: { date: string; label: string }[] };

/**
 * The office as of a day, from 1999 to today: a real slider (arrow keys move a day, Page keys
 * further, Home/End to the ends) whose day is part of the shareable URL (`?date=`).
 */
export default function TimelineSlider({ keyDates }: Props) {
  const [date, setDate] = useQueryState(
    'date',
    viewStateParsers.date.withOptions({
      history: 'replace',
      scroll: false,
      limitUrlUpdates: { method: 'throttle', timeMs: 200 },
    }),
  );
  const max = dayIndex(today());
  const value = date ? dayIndex(date) : max;
  return (
    <div className="timeline-control">
      <label htmlFor="timeline-date">
        Date: <output htmlFor="timeline-date">{date ?? 'all dates'}</output>
      </label>
      <input
        id="timeline-date"
        type="range"
        min={0}
        max={max}
        step={1}
        value={value}
        list="timeline-key-dates"
        aria-valuetext={date ?? 'all dates'}
        onChange={(e) => void setDate(dayAt(Number(e.target.value)))}
      />
      <datalist id="timeline-key-dates">
        {keyDates.map((k) => (
          <option key={k.date + k.label} value={dayIndex(k.date)} label={k.label} />
        ))}
      </datalist>
      <div className="timeline-ends">
        <span>{FIRST_DATE.slice(0, 4)}</span>
        <button type="button" onClick={() => void setDate(null)} disabled={!date}>
          Show all dates
        </button>
        <span>{today().slice(0, 4)}</span>
      </div>
    </div>
  );
}
