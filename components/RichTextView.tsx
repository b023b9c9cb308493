import { useLocale } from 'next-intl';
import { localizePath } from '@/lib/i18n/locales';
import type { Segment } from '@/lib/atlas/link-mentions';
import ExternalLink from './ExternalLink';
import LatinRuns from './LatinRuns';

type Props = { content: Segment[] };

/**
 * Article text as text nodes: Wikipedia links open the source, map links select on the map;
 * runs of English in it are marked as English.
 */
export default function RichTextView({ content }: Props) {
  const locale = useLocale();
  return (
    <>
      {content.map((run, i) => {
        if (run.kind === 'select') {
          return (
            <a key={i} className="map-link" href={localizePath(locale, run.path)}>
              <LatinRuns text={run.text} />
            </a>
          );
        }
        if (run.kind === 'link') {
          return (
            <ExternalLink key={i} href={run.href}>
              <LatinRuns text={run.text} />
            </ExternalLink>
          );
        }
        return <LatinRuns key={i} text={run.text} />;
      })}
    </>
  );
}
