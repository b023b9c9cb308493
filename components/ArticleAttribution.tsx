import type { ArticleSource } from '@/lib/article/types';
import ExternalLink from './ExternalLink';

type Props = { title: string; source: ArticleSource };

/** The licence line that goes wherever the article's text is shown. */
export default function ArticleAttribution({ title, source }: Props) {
  return (
    <p className="attribution-note">
      Text from the zh.wikipedia article <ExternalLink href={source.url}>{title}</ExternalLink> by
      Wikipedia contributors, under{' '}
      <ExternalLink href={source.licenseUrl} rel="license">
        {source.license}
      </ExternalLink>
      .
    </p>
  );
}
