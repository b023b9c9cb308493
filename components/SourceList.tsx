import type { Place } from '@/lib/data/schema';
import ExternalLink from './ExternalLink';

type Props = { sources: Place['sources'] };

/** Where each fact about a place comes from, and which facts each source supports. */
export default function SourceList({ sources }: Props) {
  return (
    <section aria-labelledby="sources-h">
      <h2 id="sources-h">Sources</h2>
      <ol className="source-list">
        {sources.map((s) => (
          <li key={s.id}>
            <ExternalLink href={s.url}>{s.title}</ExternalLink>{' '}
            <span className="note">— supports: {s.supports.join(', ')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
