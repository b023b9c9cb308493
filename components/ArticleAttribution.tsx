import { useTranslations } from 'next-intl';
import type { ArticleSource } from '@/lib/article/types';
import ExternalLink from './ExternalLink';

type Props = { title: string; source: ArticleSource };

/** The licence line that goes wherever the article's text is shown. */
export default function ArticleAttribution({ title, source }: Props) {
  const t = useTranslations('Panel');
  return (
    <p className="attribution-note">
      {t.rich('attribution', {
        title,
        license: source.license,
        article: (chunks) => <ExternalLink href={source.url}>{chunks}</ExternalLink>,
        licence: (chunks) => (
          <ExternalLink href={source.licenseUrl} rel="license">
            {chunks}
          </ExternalLink>
        ),
      })}
    </p>
  );
}
