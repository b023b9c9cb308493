import Link from 'next/link';
import type { Mention } from '@/lib/article/find-mentions';
import type { ArticleSource } from '@/lib/article/types';
import type { RegionDescription } from '@/lib/view/describe-region';
import { formatKm, formatKm2 } from '@/lib/view/format';
import ArticleAttribution from './ArticleAttribution';
import LinkedNames from './LinkedNames';
import MentionList from './MentionList';
import PanelHeader from './PanelHeader';
import ExternalLink from './ExternalLink';

type Props = {
  d: RegionDescription;
  mentions: Mention[];
  articleTitle: string;
  articleSource: ArticleSource;
};

/** A province's panel: names, kind, area, the office covering it, the places and events in it. */
export default function RegionPanel({ d, mentions, articleTitle, articleSource }: Props) {
  const { region } = d;
  return (
    <article aria-labelledby="panel-title">
      <PanelHeader
        kicker={`${d.kindLabel} · covered by the office`}
        title={region.fullNames['zh-Hant']}
        titleLang="zh-Hant"
        subtitle={`${region.fullNames.en} · ${region.iso}`}
      />
      <dl className="facts">
        <dt>Area</dt>
        <dd>
          {formatKm2(region.areaKm2)}{' '}
          <span className="note">(computed with Turf from Natural Earth; </span>
          <span className="note">
            {region.sourceAreaKm2 === null
              ? 'the source gives no figure of its own)'
              : `the source gives ${formatKm2(region.sourceAreaKm2)})`}
          </span>
        </dd>
        {d.coveredBy && (
          <>
            <dt>Covered by</dt>
            <dd>
              <Link href={`/place/${d.coveredBy.id}`} lang="zh-Hant">
                {d.coveredBy.name}
              </Link>
            </dd>
          </>
        )}
        {d.liaisonUnit && (
          <>
            <dt>Liaison unit</dt>
            <dd>
              <Link href={`/place/${d.liaisonUnit.id}`} lang="zh-Hant">
                {d.liaisonUnit.name}
              </Link>
            </dd>
          </>
        )}
        {d.placesInside.length > 0 && (
          <>
            <dt>Offices here</dt>
            <dd>
              <LinkedNames
                items={d.placesInside.map((p) => ({ href: `/place/${p.id}`, name: p.name }))}
              />
            </dd>
          </>
        )}
        {d.distanceFromOfficeKm !== null && (
          <>
            <dt>From the office</dt>
            <dd>
              {formatKm(d.distanceFromOfficeKm)} from 地安門西大街71號 to the middle of the province
              (great circle)
            </dd>
          </>
        )}
        {d.events.length > 0 && (
          <>
            <dt>Events</dt>
            <dd>
              <ul className="plain">
                {d.events.map((e) => (
                  <li key={e.id}>
                    <span lang="zh-Hant">「{e.name}」</span>{' '}
                    <time dateTime={e.start.iso}>{e.start.iso}</time>
                    {e.end && (
                      <>
                        {' '}
                        – <time dateTime={e.end.iso}>{e.end.iso}</time>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <MentionList mentions={mentions} name={region.names['zh-Hant']} />
      <p className="attribution-note">
        Boundary and area from{' '}
        <ExternalLink href="https://www.naturalearthdata.com/">Natural Earth</ExternalLink> (public
        domain), 1:10m admin-1, simplified for the map.
      </p>
      <ArticleAttribution title={articleTitle} source={articleSource} />
    </article>
  );
}
