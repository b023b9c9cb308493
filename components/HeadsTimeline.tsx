import type { Head } from '@/lib/article/types';
import ExternalLink from './ExternalLink';

type Props = { heads: Head[] };

/** The office's heads in order, each term as written with machine-readable dates. */
export default function HeadsTimeline({ heads }: Props) {
  return (
    <ol className="timeline">
      {heads.map((h) => (
        <li key={h.id}>
          <ExternalLink href={h.href}>{h.name}</ExternalLink>
          <span className="term">
            <time dateTime={h.term.start.iso}>{h.term.start.iso}</time>
            {' – '}
            {h.term.end ? (
              <time dateTime={h.term.end.iso}>{h.term.end.iso}</time>
            ) : h.term.open ? (
              'in office'
            ) : (
              ''
            )}
          </span>
          <span className="note">（{h.term.raw}）</span>
        </li>
      ))}
    </ol>
  );
}
