import { useLocale, useTranslations } from 'next-intl';
import { formatIsoDate } from '@/lib/i18n/format-date';
import type { KeyDate } from '@/lib/atlas/key-dates';
import { addMonths, dayAt, dayIndex } from '@/lib/atlas/timeline-scale';
import { FIRST_DATE, today } from '@/lib/url/view-state';

type Props = {
  date: string | null;
  keyDates: KeyDate[];
  /** No handlers: the static stand-in shown until the page runs (same size, no layout shift). */
  onChange?: (day: string) => void;
  onReset?: () => void;
  /** The key dates' list is open in a running page: its entries are buttons then, text before. */
  listLive?: boolean;
  onListToggle?: (open: boolean) => void;
};

/** Keys that move the timeline by calendar steps rather than the range input's one day. */
const STEPS: Record<string, number | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 12,
  PageDown: -12,
  Home: 'first',
  End: 'last',
};

/**
 * The timeline's markup: a labelled range input (arrow keys a month, Page keys a year,
 * Home/End the ends), and the key dates as a list to jump to. "All dates" is a state of its
 * own, drawn apart from today: the thumb is hollow and the output says so.
 */
export default function TimelineSliderView({
  date,
  keyDates,
  onChange,
  onReset,
  listLive = false,
  onListToggle,
}: Props) {
  const t = useTranslations('Timeline');
  const locale = useLocale();
  const last = today();
  const max = dayIndex(last);
  const event = date ? keyDates.find((k) => k.date === date) : undefined;
  const label = date ? (event?.dateText ?? formatIsoDate(date, locale)) : t('allDates');
  const valueText = event ? t('valueEvent', { date: label, event: event.label }) : label;

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    const step = STEPS[e.key];
    if (step === undefined || !onChange) return;
    e.preventDefault();
    const from = date ?? last;
    onChange(step === 'first' ? FIRST_DATE : step === 'last' ? last : addMonths(from, step, last));
  }

  return (
    <div className={`timeline-control${date ? '' : ' is-all'}`}>
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
        aria-valuetext={valueText}
        aria-describedby="timeline-keys"
        disabled={!onChange}
        onKeyDown={onKeyDown}
        onChange={(e) => onChange?.(dayAt(Number(e.target.value)))}
      />
      <p id="timeline-keys" className="sr-only">
        {date ? t('keys') : `${t('allHint')} ${t('keys')}`}
      </p>
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
        <span>{last.slice(0, 4)}</span>
      </div>
      {/* Buttons only once the list is opened in a running page: the static HTML lists the
          days as text (nothing there to press), and hydration does not enable a button per day. */}
      <details
        className="key-dates"
        // Opened before the page ran (no toggle reached React): live from the first render.
        ref={(el) => {
          if (el?.open) onListToggle?.(true);
        }}
        onToggle={(e) => onListToggle?.((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          {t('keyDates')} ({keyDates.length})
        </summary>
        <ol>
          {keyDates.map((k) => {
            const entry = (
              <>
                <time dateTime={k.date}>{k.dateText}</time>{' '}
                <KeyDateLabel keyDate={k} pageLang={locale} />
              </>
            );
            return (
              <li key={k.date + k.label}>
                {listLive && onChange ? (
                  <button
                    type="button"
                    aria-pressed={k.date === date}
                    onClick={() => onChange(k.date)}
                  >
                    {entry}
                  </button>
                ) : (
                  <div className="key-date">{entry}</div>
                )}
              </li>
            );
          })}
        </ol>
      </details>
    </div>
  );
}

/** A key date's label, its Chinese name marked with its language on a page in another. */
function KeyDateLabel({ keyDate: k, pageLang }: { keyDate: KeyDate; pageLang: string }) {
  if (!k.name || !k.nameLang || k.nameLang === pageLang) return <>{k.label}</>;
  const at = k.label.indexOf(k.name);
  if (at < 0) return <>{k.label}</>;
  return (
    <>
      {k.label.slice(0, at)}
      <span lang={k.nameLang}>{k.name}</span>
      {k.label.slice(at + k.name.length)}
    </>
  );
}
