import { useLocale, useTranslations } from 'next-intl';
import { formatIsoDate } from '@/lib/i18n/format-date';
import type { Locale } from '@/lib/i18n/locales';

type Props = { from: string | null; until: string | null };

/**
 * When an office served a province, at the precision the sources give: "since April 2014", or
 * "April 2014 until July 1, 2023" (`until` is the day the next office took over).
 */
export default function ServiceSpan({ from, until }: Props) {
  const t = useTranslations('NetworkAnswer');
  const locale = useLocale() as Locale;
  if (until)
    return t('span', {
      from: from ? formatIsoDate(from, locale) : '…',
      until: formatIsoDate(until, locale),
    });
  return from ? t('since', { from: formatIsoDate(from, locale) }) : null;
}
