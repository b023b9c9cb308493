import { useLocale, useTranslations } from 'next-intl';
import type { ArticleSource } from '@/lib/article/types';
import { contentLang } from '@/lib/i18n/locales';
import ExternalLink from './ExternalLink';

type Props = { title: string; source: ArticleSource };

/** The licence line that goes wherever the article's text is shown; the title in its own language. */
export default function ArticleAttribution({ title, source }: Props) {
  const t = useTranslations('Panel');
  const zh = contentLang(useLocale());
  return (
    <p className="attribution-note">
      {t.rich('attribution', {
        title,
        license: source.license,
        article: (chunks) => (
          <ExternalLink href={source.url}>
            <span lang={zh}>{chunks}</span>
          </ExternalLink>
        ),
        licence: (chunks) => (
          <ExternalLink href={source.licenseUrl} rel="license">
            {chunks}
          </ExternalLink>
        ),
      })}
    </p>
  );
}
