import { useLocale, useTranslations } from 'next-intl';
import type { SourceRef } from '@/lib/atlas/describe-place';
import SourceName from './SourceName';

type Props = { sources: SourceRef[] };

/**
 * Where each fact about a place comes from, and which facts each source supports: the cited
 * work's own title (marked with its language), then what it is, in the page's language.
 */
export default function SourceList({ sources }: Props) {
  const t = useTranslations('Panel');
  const locale = useLocale();
  const list = locale === 'en' ? ', ' : '、';
  return (
    <section aria-labelledby="sources-h">
      <h2 id="sources-h">{t('sources')}</h2>
      <ol className="source-list">
        {sources.map((s) => (
          <li key={s.id}>
            {s.title ? (
              t.rich('sourceAbout', { title: () => <SourceName source={s} />, about: s.about })
            ) : (
              <SourceName source={s} />
            )}{' '}
            <span className="note">
              {t('supports', { facts: s.supports.map((f) => t(`fact.${f}`)).join(list) })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
