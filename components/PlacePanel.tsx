import Link from 'next/link';
import type { Mention } from '@/lib/article/find-mentions';
import type { ArticleSource } from '@/lib/article/types';
import type { DatedFact, PlaceDescription } from '@/lib/view/describe-place';
import { formatKm, formatPosition } from '@/lib/view/format';
import ArticleAttribution from './ArticleAttribution';
import LinkedNames from './LinkedNames';
import MentionList from './MentionList';
import PanelHeader from './PanelHeader';
import SourceList from './SourceList';
import ExternalLink from './ExternalLink';

type Props = {
  d: PlaceDescription;
  mentions: Mention[];
  articleTitle: string;
  articleSource: ArticleSource;
};

/** A place's panel: names, role, address, dates, position ± uncertainty, sources, mentions, derived facts. */
export default function PlacePanel({ d, mentions, articleTitle, articleSource }: Props) {
  const { place } = d;
  return (
    <article aria-labelledby="panel-title">
      <PanelHeader
        kicker={d.roleLabel}
        title={place.names['zh-Hant']}
        titleLang="zh-Hant"
        subtitle={place.names.en}
      />
      <dl className="facts">
        <dt>Address</dt>
        <dd>
          <span lang="zh-Hant">{place.address.zh}</span>
          <br />
          {place.address.en}
        </dd>
        <dt>In use</dt>
        <dd>
          <DateLine label="from" fact={d.from} />
          {d.to && <DateLine label="to" fact={d.to} />}
          {!d.to && place.role !== 'former-office' && <> — still in use</>}
        </dd>
        {d.otherDates.length > 0 && (
          <>
            <dt>Other dates</dt>
            <dd>
              <ul className="plain">
                {d.otherDates.map((f) => (
                  <li key={f.date + f.what}>
                    <DateLine fact={f} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Position</dt>
        <dd>
          {formatPosition(place.position)} ± {place.uncertaintyM} m (WGS-84)
          <br />
          <span className="note">{place.basis}</span>
        </dd>
        <dt>Province</dt>
        <dd>
          <Link href={`/region/${d.region.id}`}>
            <span lang="zh-Hant">{d.region.name}</span> ({d.region.en})
          </Link>
        </dd>
        {d.covers.length > 0 && (
          <>
            <dt>Covers</dt>
            <dd>
              {d.covers.length} {d.covers.length === 1 ? 'province' : 'provinces'}:{' '}
              <LinkedNames
                items={d.covers.map((r) => ({ href: `/region/${r.id}`, name: r.name }))}
              />
            </dd>
          </>
        )}
        {d.distanceFromOfficeKm !== null && (
          <>
            <dt>From the office</dt>
            <dd>{formatKm(d.distanceFromOfficeKm)} from 地安門西大街71號 (great circle)</dd>
          </>
        )}
      </dl>
      {place.notes && <p className="note">Note: {place.notes}</p>}
      <MentionList mentions={mentions} name={place.shortNames['zh-Hant']} />
      <SourceList sources={place.sources} />
      <ArticleAttribution title={articleTitle} source={articleSource} />
    </article>
  );
}

function DateLine({ label, fact }: { label?: string; fact: DatedFact }) {
  return (
    <span className="date-line">
      {label && `${label} `}
      <time dateTime={fact.date}>{fact.date}</time>: {fact.what}{' '}
      <span className="note">
        (<ExternalLink href={fact.sourceUrl}>{fact.sourceTitle}</ExternalLink>
        {fact.note && `; ${fact.note}`})
      </span>
      <br />
    </span>
  );
}
