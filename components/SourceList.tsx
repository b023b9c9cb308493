import { useTranslations } from 'next-intl';
import type { Place } from '@/lib/data/schema';
import ExternalLink from './ExternalLink';

type Props = { sources: Place['sources'] };

/** Where each fact about a place comes from, and which facts each source supports. */
export default function SourceList({ sources }: Props) {
  const t = useTranslations('Panel');
  return (
    <section aria-labelledby="sources-h">
      <h2 id="sources-h">{t('sources')}</h2>
      <ol className="source-list">
        {sources.map((s) => (
          <li key={s.id}>
            <ExternalLink href={s.url}>{s.title}</ExternalLink>{' '}
            <span className="note">
              {t('supports', { facts: s.supports.map((f) => t(`fact.${f}`)).join(', ') })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
