'use client';

import { useQueryState } from 'nuqs';
import type { KeyDate } from '@/lib/atlas/key-dates';
import { dayAt } from '@/lib/atlas/timeline-scale';
import { viewStateParsers } from '@/lib/url/view-state';
import TimelineSliderView from './TimelineSliderView';

type Props = { keyDates: KeyDate[] };

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
  return (
    <TimelineSliderView
      date={date}
      keyDates={keyDates}
      onChange={(index) => void setDate(dayAt(index))}
      onReset={() => void setDate(null)}
    />
  );
}
