'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { localizePath } from '@/lib/i18n/locales';
import { describeEntry, finderEntries } from '@/lib/finder/finder-data';
import {
  indexEntries,
  MAX_QUERY_LENGTH,
  searchEntries,
  type FinderMatch,
} from '@/lib/finder/search';
import { useAtlasUrl } from './AtlasUrl';
import { useFinderData } from './useFinderData';

/**
 * "Which office covers this city?": a search box over the offices, the ten provinces and every
 * city, by any of their names (the ARIA combobox pattern: type, arrows, Enter, Escape). The
 * list of names is fetched the first time the box is focused. Choosing selects the thing, so
 * the address says what was found. Without JavaScript it is a plain form: its result page
 * (/find) lists the matches.
 */
export default function Finder() {
  const t = useTranslations('Finder');
  const { locale, embed, select } = useAtlasUrl();
  const id = useId();
  const [query, setQuery] = useState('');
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const { data, error } = useFinderData(wanted);
  const index = useMemo(() => (data ? indexEntries(finderEntries(data)) : null), [data]);
  const matches = useMemo(
    () => (index && query.trim() ? searchEntries(index, query, 8) : []),
    [index, query],
  );
  if (embed) return null;

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const expanded = open && matches.length > 0;

  function choose(m: FinderMatch) {
    if (!data) return;
    setQuery(describeEntry(m.entry, data, locale).name);
    setOpen(false);
    setActive(-1);
    select({ kind: m.entry.kind, id: m.entry.id });
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!matches.length) return;
      e.preventDefault();
      setOpen(true);
      const n = matches.length;
      const down = e.key === 'ArrowDown';
      setActive((a) => {
        if (!expanded) return down ? 0 : n - 1;
        if (down) return (a + 1) % n;
        return a <= 0 ? n - 1 : a - 1;
      });
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const m = matches[active] ?? matches[0];
    if (m) choose(m);
    else if (query.trim()) setStatus(t('noMatch', { query: query.trim() }));
  }

  const problem = error
    ? t('failed', { error })
    : data && query.trim() && !matches.length
      ? t('noMatch', { query: query.trim() })
      : status;
  const statusText = error
    ? t('failed', { error })
    : wanted && !data && query.trim()
      ? t('loading')
      : query.trim() && data
        ? matches.length
          ? t('results', { count: matches.length })
          : t('noMatch', { query: query.trim() })
        : status;

  return (
    <form
      role="search"
      className="finder"
      action={localizePath(locale, '/find')}
      method="get"
      onSubmit={onSubmit}
    >
      <label htmlFor={`${id}-input`} className="finder-label">
        {t('label')}
      </label>
      <div className="finder-box">
        <input
          ref={inputRef}
          id={`${id}-input`}
          name="q"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('placeholder')}
          value={query}
          onFocus={() => setWanted(true)}
          onPointerEnter={() => setWanted(true)}
          onChange={(e) => {
            setWanted(true);
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
            setStatus('');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <button type="submit">{t('submit')}</button>
      </div>
      <p id={`${id}-hint`} className="finder-hint">
        {t('hint')}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('label')}
        className="finder-list"
        hidden={!expanded}
      >
        {data &&
          matches.map((m, i) => {
            const d = describeEntry(m.entry, data, locale);
            const kind = t(`kind.${m.entry.kind}`);
            const where = d.region
              ? ` · ${t('inProvince', { province: d.region.names[locale] })}`
              : '';
            const cover =
              m.entry.kind === 'place'
                ? ''
                : ` · ${d.covered ? t('covered') : d.servedBy ? t('servedBy', { office: d.servedBy }) : t('notCovered')}`;
            return (
              <li
                key={`${m.entry.kind}:${m.entry.id}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`finder-option${d.covered ? ' is-covered' : ''}`}
                // Keeps the focus in the box, so the list stays open until the click is done.
                onPointerDown={(e) => e.preventDefault()}
                onClick={() => choose(m)}
              >
                <span className="finder-name" lang={d.lang}>
                  {d.name}
                </span>
                <span className="finder-meta">
                  {kind}
                  {where}
                  {cover}
                </span>
              </li>
            );
          })}
      </ul>
      {problem && !expanded && (
        <p className="finder-problem" aria-hidden="true">
          {problem}
        </p>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {statusText}
      </p>
    </form>
  );
}
