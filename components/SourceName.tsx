import type { SourceRef } from '@/lib/atlas/describe-place';
import ExternalLink from './ExternalLink';

type Props = { source: SourceRef };

/**
 * A source, linked where it has an address: its own title in its own language where one is
 * recorded, else what it is, in the page's language.
 */
export default function SourceName({ source }: Props) {
  return (
    <ExternalLink href={source.url}>
      {source.title ? <span lang={source.title.lang}>{source.title.text}</span> : source.about}
    </ExternalLink>
  );
}
