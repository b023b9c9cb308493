import type { Locale } from './locales';
import type { Messages } from './messages';

// Types next-intl's hooks: `useLocale()` returns a Locale, message keys are checked by tsc.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
