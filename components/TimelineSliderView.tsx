import { useLocale, useTranslations } from 'next-intl';
import { formatIsoDate } from '@/lib/i18n/format-date';
import type { KeyDate } from '@/lib/atlas/key-dates';
import { dayIndex } from '@/lib/atlas/timeline-scale';
import { FIRST_DATE, today } from '@/lib/url/view-state';

type Props = {
  date: string | null;
  keyDates: KeyDate[];
  /** No handlers: the static stand-in shown until the URL is read (same size, no layout shift). */
  onChange?: (index: number) => void;
  onReset?: () => void;
};

/** The timeline's markup: a labelled range input with ticks at the key dates. */
export default function TimelineSliderView({ date, keyDates, onChange, onReset }: Props) {
  const t = useTranslations('Timeline');
  const locale = useLocale();
  const max = dayIndex(today());
  const label = date ? formatIsoDate(date, locale) : t('allDates');
  return (
    <div className="timeline-control">
      <label htmlFor="timeline-date">
        {t('date')} <output htmlFor="timeline-date">{label}</output>
      </label>
      <input
        id="timeline-date"
        type="range"
        min={0}
        max={max}
        step={1}
        value={date ? dayIndex(date) : max}
        list="timeline-key-dates"
        aria-valuetext={label}
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
          {t('showAll')}
        </button>
        <span>{today().slice(0, 4)}</span>
      </div>
    </div>
  );
}
