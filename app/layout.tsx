import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { Suspense } from 'react';
import MapShell from '@/components/MapShell';
import AsOfSummary from '@/components/AsOfSummary';
import { listKeyDates } from '@/lib/view/key-dates';
import EscapeToClose from '@/components/EscapeToClose';
import DataDownloads from '@/components/DataDownloads';
import ShareButton from '@/components/ShareButton';
import { northChinaBounds } from '@/lib/view/initial-view';
import { loadAtlas } from '@/lib/view/load-atlas';
import './globals.css';

export const metadata: Metadata = {
  // Absolute URLs for link previews: set SITE_URL to the public origin when deploying.
  metadataBase: new URL(process.env.SITE_URL ?? 'http://localhost:3000'),
  title: { default: 'BJO Atlas', template: '%s · BJO Atlas' },
  description:
    'A map of the Office of the Government of the Hong Kong SAR in Beijing: its addresses, liaison units and the ten provinces it covers.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const { mapData, places, article } = loadAtlas();
  return (
    <html lang="zh-Hant">
      <body>
        <NuqsAdapter>
          <a className="skip-link" href="#panel">
            Skip to content
          </a>
          <header className="site-header">
            <Link className="brand" href="/">
              <span className="brand-mark" aria-hidden="true">
                ●
              </span>{' '}
              BJO Atlas
            </Link>
            <ShareButton />
          </header>
          <div className="atlas">
            <MapShell
              bounds={northChinaBounds}
              keyDates={listKeyDates(places, article)}
              {...mapData}
            />
            <main className="panel" id="panel">
              <Suspense fallback={null}>
                <AsOfSummary
                  places={mapData.places}
                  heads={article.heads}
                  events={article.events}
                />
              </Suspense>
              {children}
              <DataDownloads />
            </main>
          </div>
          <EscapeToClose />
        </NuqsAdapter>
      </body>
    </html>
  );
}
