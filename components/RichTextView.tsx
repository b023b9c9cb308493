import { Fragment } from 'react';
import Link from 'next/link';
import type { Segment } from '@/lib/view/link-mentions';

type Props = { content: Segment[] };

/** Article text as text nodes: Wikipedia links open the source, map links select on the map. */
export default function RichTextView({ content }: Props) {
  return (
    <>
      {content.map((run, i) => {
        if (run.kind === 'select') {
          return (
            <Link key={i} className="map-link" href={run.path} scroll={false}>
              {run.text}
            </Link>
          );
        }
        if (run.kind === 'link') {
          return (
            <a key={i} href={run.href} rel="noopener noreferrer" target="_blank">
              {run.text}
            </a>
          );
        }
        return <Fragment key={i}>{run.text}</Fragment>;
      })}
    </>
  );
}
