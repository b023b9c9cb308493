import type { Head } from '@/lib/article/types';

type Props = { heads: Head[] };

/** The office's heads in order, each term as written with machine-readable dates. */
export default function HeadsTimeline({ heads }: Props) {
  return (
    <ol className="timeline">
      {heads.map((h) => (
        <li key={h.id}>
          {h.href ? (
            <a href={h.href} rel="noopener noreferrer" target="_blank">
              {h.name}
            </a>
          ) : (
            h.name
          )}
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
