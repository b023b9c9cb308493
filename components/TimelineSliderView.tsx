import type { KeyDate } from '@/lib/view/key-dates';
import { dayIndex } from '@/lib/view/timeline-scale';
import { FIRST_DATE, today } from '@/lib/view/view-state';

type Props = {
  date: string | null;
  keyDates: KeyDate[];
  /** No handlers: the static stand-in shown until the URL is read (same size, no layout shift). */
  onChange?: (index: number) => void;
  onReset?: () => void;
};

/** The timeline's markup: a labelled range input with ticks at the key dates. */
export default function TimelineSliderView({ date, keyDates, onChange, onReset }: Props) {
  const max = dayIndex(today());
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
        value={date ? dayIndex(date) : max}
        list="timeline-key-dates"
        aria-valuetext={date ?? 'all dates'}
        disabled={!onChange}
        onChange={(e) => onChange?.(Number(e.target.value))}
      />
      <datalist id="timeline-key-dates">
        {keyDates.map((k) => (
          <option key={k.date + k.label} value={dayIndex(k.date)} label={k.label} />
        ))}
      </datalist>
      <div className="timeline-ends">
        <span>{FIRST_DATE.slice(0, 4)}</span>
        <button type="button" onClick={onReset} disabled={!date || !onReset}>
          Show all dates
        </button>
        <span>{today().slice(0, 4)}</span>
      </div>
    </div>
  );
}
