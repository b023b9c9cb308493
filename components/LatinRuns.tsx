import { Fragment } from 'react';
import { splitLatinRuns } from '@/lib/text/latin-runs';

type Props = { text: string };

/**
 * Chinese text (the article's) with its runs of English words, such as the office's English
 * name or a file name, marked `lang="en"`, so they are read and hyphenated as English.
 */
export default function LatinRuns({ text }: Props) {
  const pieces = splitLatinRuns(text);
  if (pieces.length === 1 && !pieces[0]!.latin) return text;
  return pieces.map((piece, i) =>
    piece.latin ? (
      <span key={i} lang="en">
        {piece.text}
      </span>
    ) : (
      <Fragment key={i}>{piece.text}</Fragment>
    ),
  );
}
