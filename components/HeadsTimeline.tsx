import { useLocale, useTranslations } from 'next-intl';
import type { Head } from '@/lib/article/types';
import { formatIsoDate } from '@/lib/i18n/format-date';
import { contentLang } from '@/lib/i18n/locales';
import ExternalLink from './ExternalLink';

type Props = { heads: Head[] };

/**
 * The office's heads in order, each term as written with machine-readable dates. The names stay
 * Chinese on every page (no English names with a source are recorded) and are marked so.
 */
export default function HeadsTimeline({ heads }: Props) {
  const t = useTranslations('Article');
  const locale = useLocale();
  return (
    <ol className="timeline">
      {heads.map((h) => (
        <li key={h.id}>
          <ExternalLink href={h.href}>
            <span lang={contentLang(locale)}>{h.name}</span>
          </ExternalLink>
          <span className="term">
            <time dateTime={h.term.start.iso}>{formatIsoDate(h.term.start.iso, locale)}</time>
            {' – '}
            {h.term.end ? (
              <time dateTime={h.term.end.iso}>{formatIsoDate(h.term.end.iso, locale)}</time>
            ) : h.term.open ? (
              <span lang={locale}>{t('inOffice')}</span>
            ) : (
              ''
            )}
          </span>
          <span className="note" lang={contentLang(locale)}>
            （{h.term.raw}）
          </span>
        </li>
      ))}
    </ol>
  );
}
