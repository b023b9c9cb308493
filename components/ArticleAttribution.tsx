import type { ArticleSource } from '@/lib/article/types';

type Props = { title: string; source: ArticleSource };

/** The licence line that goes wherever the article's text is shown. */
export default function ArticleAttribution({ title, source }: Props) {
  return (
    <p className="attribution-note">
      Text from the zh.wikipedia article{' '}
      <a href={source.url} rel="noopener noreferrer" target="_blank">
        {title}
      </a>{' '}
      by Wikipedia contributors, under{' '}
      <a href={source.licenseUrl} rel="noopener noreferrer license" target="_blank">
        {source.license}
      </a>
      .
    </p>
  );
}
