import { useLocale, useTranslations } from 'next-intl';
import type { Mention } from '@/lib/article/find-mentions';
import { contentLang } from '@/lib/i18n/locales';
import { splitRanges } from '@/lib/atlas/split-ranges';
import LatinRuns from './LatinRuns';

type Props = { mentions: Mention[]; name: string };

/** Passages that fit on the printed page; the rest are named by count. */
const PRINTED = 3;

/** The article's passages that mention a place, the mention highlighted. */
export default function MentionList({ mentions, name }: Props) {
  const t = useTranslations('Panel');
  const zh = contentLang(useLocale());
  return (
    <section aria-labelledby="mentions-h">
      <h2 id="mentions-h">{t('inArticle')}</h2>
      {mentions.length === 0 ? (
        <p className="note">{t('notMentioned', { name })}</p>
      ) : (
        mentions.map((m, i) => (
          <blockquote
            key={m.passageId}
            className={i < PRINTED ? 'passage' : 'passage print-hidden'}
            lang={zh}
          >
            <p>
              {splitRanges(m.text, m.ranges).map((piece, i) =>
                piece.marked ? (
                  <mark key={i}>
                    <LatinRuns text={piece.text} />
                  </mark>
                ) : (
                  <LatinRuns key={i} text={piece.text} />
                ),
              )}
            </p>
            <footer>{m.sectionTitle ? `§ ${m.sectionTitle}` : t('introduction')}</footer>
          </blockquote>
        ))
      )}
      {mentions.length > PRINTED && (
        <p className="note print-only">{t('morePassages', { count: mentions.length - PRINTED })}</p>
      )}
    </section>
  );
}
