import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, LOCALES } from './locales';
import { messagesFor } from './messages';

/**
 * next-intl's configuration for each rendered page: the language set by the page with
 * `setRequestLocale` (or passed explicitly), its messages, and UTC, since every date in the
 * data is a calendar date without a time of day.
 */
export default getRequestConfig(async ({ locale, requestLocale }) => {
  const requested = locale ?? (await requestLocale);
  const chosen = LOCALES.find((l) => l === requested) ?? DEFAULT_LOCALE;
  return { locale: chosen, messages: messagesFor(chosen), timeZone: 'UTC' };
});
