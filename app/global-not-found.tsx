import type { Metadata } from 'next';
import { LOCALES, localizePath } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import './globals.css';

export const metadata: Metadata = { title: 'Not found · BJO Atlas' };

/** Any address that matches no route: the language is unknown, so the page speaks all three. */
export default function GlobalNotFound() {
  return (
    <html lang="zh-Hant">
      <body>
        <main className="not-found">
          {LOCALES.map((locale) => {
            const t = messagesFor(locale).NotFound;
            return (
              <section key={locale} lang={locale}>
                <h1>{t.title}</h1>
                <p>{t.text}</p>
                <p>
                  <a href={localizePath(locale, '/')}>{t.back}</a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
