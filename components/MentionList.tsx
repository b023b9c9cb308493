import type { Mention } from '@/lib/article/find-mentions';
import { splitRanges } from '@/lib/view/split-ranges';

type Props = { mentions: Mention[]; name: string };

/** Passages that fit on the printed page; the rest are named by count. */
const PRINTED = 4;

/** The article's passages that mention a place, the mention highlighted. */
export default function MentionList({ mentions, name }: Props) {
  return (
    <section aria-labelledby="mentions-h">
      <h2 id="mentions-h">In the article</h2>
      {mentions.length === 0 ? (
        <p className="note">The article does not mention {name} by name.</p>
      ) : (
        mentions.map((m, i) => (
          <blockquote
            key={m.passageId}
            className={i < PRINTED ? 'passage' : 'passage print-hidden'}
            lang="zh-Hant"
          >
            <p>
              {splitRanges(m.text, m.ranges).map((piece, i) =>
                piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text,
              )}
            </p>
            <footer>{m.sectionTitle ? `§ ${m.sectionTitle}` : 'Introduction'}</footer>
          </blockquote>
        ))
      )}
      {mentions.length > PRINTED && (
        <p className="note print-only">
          …and {mentions.length - PRINTED} more passages, on this page online.
        </p>
      )}
    </section>
  );
}
