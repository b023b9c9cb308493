import Link from 'next/link';
import { Suspense } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { localizePath } from '@/lib/i18n/locales';
import CloseLink from './CloseLink';

type Props = {
  title: string;
  titleLang: string;
  subtitle: string;
  subtitleLang: string;
  kicker: string;
};

/** The selected place's name, with a link that clears the selection. */
export default function PanelHeader({ title, titleLang, subtitle, subtitleLang, kicker }: Props) {
  const t = useTranslations('Panel');
  const locale = useLocale();
  return (
    <header>
      <div className="panel-head">
        <p className="kicker">{kicker}</p>
        {/* Before the query is known (static HTML, no JavaScript) the link goes home plainly. */}
        <Suspense
          fallback={
            <Link
              href={localizePath(locale, '/')}
              className="close-link"
              scroll={false}
              aria-label={t('closeLabel')}
            >
              {t('close')}
            </Link>
          }
        >
          <CloseLink label={t('closeLabel')}>{t('close')}</CloseLink>
        </Suspense>
      </div>
      <h1 id="panel-title" lang={titleLang}>
        {title}
      </h1>
      <p className="subtitle" lang={subtitleLang}>
        {subtitle}
      </p>
    </header>
  );
}
