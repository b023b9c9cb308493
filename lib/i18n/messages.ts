import en from './messages/en.json';
import zhHant from './messages/zh-Hant.json';
import { convertStrings } from './convert-strings';
import type { Locale } from './locales';
import { toSimplified } from './to-simplified';

export type Messages = typeof en;

let zhHans: Messages | undefined;

/**
 * The UI's messages in a language. Simplified Chinese is not written by hand: it is the
 * Traditional Chinese file converted with OpenCC when the pages are built. Server-only.
 */
export function messagesFor(locale: Locale): Messages {
  if (locale === 'en') return en;
  if (locale === 'zh-Hant') return zhHant;
  zhHans ??= convertStrings(zhHant, toSimplified);
  return zhHans;
}
