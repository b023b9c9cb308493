import { useLocale, useTranslations } from 'next-intl';
import { localizePath } from '@/lib/i18n/locales';

export default function NotFound() {
  const t = useTranslations('NotFound');
  const locale = useLocale();
  return (
    <div>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <a href={localizePath(locale, '/')}>{t('back')}</a>
      </p>
    </div>
  );
}
