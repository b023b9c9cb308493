import { useLocale, useTranslations } from 'next-intl';
import { localizePath } from '@/lib/i18n/locales';

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
    <header className="panel-header">
      <div className="panel-head">
        <p className="kicker">{kicker}</p>
        {/* Like Escape: the layers and date stay (the app's link listener adds them). */}
        <a href={localizePath(locale, '/')} className="close-link" aria-label={t('closeLabel')}>
          {t('close')}
        </a>
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
