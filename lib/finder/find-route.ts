import { getTranslations } from 'next-intl/server';
import { finderData } from '@/lib/atlas/cities';
import type { Locale } from '@/lib/i18n/locales';
import { finderEntries, type FinderData } from './finder-data';
import { indexEntries, MAX_QUERY_LENGTH, type FinderIndexEntry } from './search';
import { renderFindPage } from './find-page';

/** The data and its search index, built on the first query, not on every one. */
let searchable: { data: FinderData; index: FinderIndexEntry[] } | undefined;
function loadSearchable() {
  if (!searchable) {
    const data = finderData();
    searchable = { data, index: indexEntries(finderEntries(data)) };
  }
  return searchable;
}

/**
 * GET `/find?q=…` (and `/en/find`, `/zh-hans/find`): the finder without JavaScript. Not in the
 * static export, which cannot answer a query (see README); there the finder needs JavaScript.
 */
export async function answerFind(request: Request, locale: Locale): Promise<Response> {
  const q = new URL(request.url).searchParams.get('q') ?? '';
  const t = await getTranslations({ locale, namespace: 'FindPage' });
  const f = await getTranslations({ locale, namespace: 'Finder' });
  const { data, index } = loadSearchable();
  const html = renderFindPage(data, index, q, locale, {
    title: (query) => t('title', { query }),
    heading: (query) => t('heading', { query }),
    empty: t('empty'),
    none: (query) => t('none', { query }),
    back: t('back'),
    tooLong: t('tooLong', { max: MAX_QUERY_LENGTH }),
    label: f('label'),
    submit: f('submit'),
    kind: { place: f('kind.place'), region: f('kind.region'), city: f('kind.city') },
    covered: f('covered'),
    notCovered: f('notCovered'),
    servedBy: (office) => f('servedBy', { office }),
    inProvince: (province) => f('inProvince', { province }),
  });
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
