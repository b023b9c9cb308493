import NotFoundSections, { type NotFoundWords } from '@/components/NotFoundSections';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import './globals.css';

const words = Object.fromEntries(LOCALES.map((l) => [l, messagesFor(l).NotFound])) as Record<
  Locale,
  NotFoundWords
>;

/**
 * Any address that matches no route, rendered once at build time. Without a language prefix the
 * language is unknown, so the page speaks all three; under `/en/…` or `/zh-hans/…` it speaks
 * that language (see NotFoundSections).
 */
export default function GlobalNotFound() {
  return (
    <html lang="zh-Hant">
      <body>
        <main className="not-found">
          <NotFoundSections words={words} />
        </main>
      </body>
    </html>
  );
}
