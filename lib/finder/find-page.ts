import { escapeMarkup } from '@/lib/text/escape';
import { localizePath, type Locale } from '@/lib/i18n/locales';
import { selectionPath } from '@/lib/url/selection';
import { describeEntry, type FinderData } from './finder-data';
import { MAX_QUERY_LENGTH, searchEntries, type FinderIndexEntry } from './search';

export type FindPageWords = {
  title: (query: string) => string;
  heading: (query: string) => string;
  empty: string;
  none: (query: string) => string;
  back: string;
  tooLong: string;
  label: string;
  submit: string;
  kind: Record<'place' | 'region' | 'city', string>;
  covered: string;
  notCovered: string;
  servedBy: (office: string) => string;
  inProvince: (province: string) => string;
};

/**
 * The finder's result page for a browser without JavaScript (`/find?q=…`): the matches as
 * plain links to their pages, and the form again. Everything from the query is escaped; the
 * query is cut at MAX_QUERY_LENGTH. A whole HTML document, with no script.
 */
export function renderFindPage(
  data: FinderData,
  index: readonly FinderIndexEntry[],
  rawQuery: string,
  locale: Locale,
  w: FindPageWords,
): string {
  const cut = rawQuery.length > MAX_QUERY_LENGTH;
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim();
  const matches = query ? searchEntries(index, query, 50) : [];
  const q = escapeMarkup(query);
  const items = matches
    .map((m) => {
      const { kind, id } = m.entry;
      const href = selectionPath({ kind, id }, false, locale);
      const { name, lang, region, covered, servedBy } = describeEntry(m.entry, data, locale);
      let meta = w.kind[kind];
      if (region) meta += ` · ${w.inProvince(region.names[locale])}`;
      if (kind !== 'place')
        meta += ` · ${covered ? w.covered : servedBy ? w.servedBy(servedBy) : w.notCovered}`;
      return `<li><a href="${escapeMarkup(href)}" lang="${lang}">${escapeMarkup(name)}</a> <span class="meta">${escapeMarkup(meta)}</span></li>`;
    })
    .join('\n');
  const body = !query
    ? `<p>${escapeMarkup(w.empty)}</p>`
    : matches.length
      ? `<ul>\n${items}\n</ul>`
      : `<p>${escapeMarkup(w.none(query))}</p>`;
  const action = escapeMarkup(localizePath(locale, '/find'));
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeMarkup(query ? w.title(query) : w.label)} · BJO Atlas</title>
<style>
body{font-family:system-ui,"Noto Sans CJK TC","Microsoft JhengHei",sans-serif;margin:1.5rem auto;max-width:40rem;padding:0 1rem;line-height:1.5;color:#1d1d1b}
a{color:#8e2a20}ul{padding-left:1.2rem}li{margin:.35rem 0}.meta{color:#5c5a55;font-size:.9em}
form{display:flex;gap:.5rem;flex-wrap:wrap;margin:1rem 0}input{font:inherit;padding:.4rem .5rem;min-width:14rem;flex:1}button{font:inherit;padding:.4rem .8rem}
label{display:block;width:100%;font-weight:600}
</style>
</head>
<body>
<p><a href="${escapeMarkup(localizePath(locale, '/'))}">← ${escapeMarkup(w.back)}</a></p>
<h1>${query ? escapeMarkup(w.heading(query)) : escapeMarkup(w.label)}</h1>
${cut ? `<p>${escapeMarkup(w.tooLong)}</p>\n` : ''}${body}
<form role="search" action="${action}" method="get">
<label for="q">${escapeMarkup(w.label)}</label>
<input id="q" name="q" type="search" value="${q}" maxlength="${MAX_QUERY_LENGTH}">
<button type="submit">${escapeMarkup(w.submit)}</button>
</form>
</body>
</html>
`;
}
