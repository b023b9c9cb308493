'use client';

import { useState } from 'react';
import type { KeyDate } from '@/lib/atlas/key-dates';
import { useAtlasUrl } from './AtlasUrl';
import TimelineSliderView from './TimelineSliderView';
import { useHydrated } from './useHydrated';

type Props = { keyDates: KeyDate[] };

/**
 * The office as of a day, from 1999 to today: a real slider (arrow keys move a month, Page
 * keys a year, Home/End to the ends) whose day is part of the shareable URL (`?date=`).
 */
export default function TimelineSlider({ keyDates }: Props) {
  const { date, setDate } = useAtlasUrl();
  const hydrated = useHydrated();
  const [listOpen, setListOpen] = useState(false);
  return (
    <TimelineSliderView
      date={date}
      keyDates={keyDates}
      onChange={hydrated ? setDate : undefined}
      onReset={hydrated ? () => setDate(null) : undefined}
      listLive={hydrated && listOpen}
      onListToggle={setListOpen}
    />
  );
}
