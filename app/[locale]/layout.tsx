import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import AsOfSummary from '@/components/AsOfSummary';
import SelectionPlaceList from '@/components/SelectionPlaceList';
import { AtlasUrlProvider } from '@/components/AtlasUrl';
import DataDownloads from '@/components/DataDownloads';
import Finder from '@/components/Finder';
import LanguageSwitch from '@/components/LanguageSwitch';
import MapShell from '@/components/map/MapShell';
import ShareButton from '@/components/ShareButton';
import ShowSelection from '@/components/ShowSelection';
import PrintHeader from '@/components/PrintHeader';
import { localeFromSegment, localeParams, localizePath } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { northChinaBounds } from '@/lib/map/initial-view';
import { listKeyDates } from '@/lib/atlas/key-dates';
import { loadAtlas } from '@/lib/atlas/load-atlas';
import { toKnownIds } from '@/lib/url/selection';
import { loadNetwork } from '@/lib/network/load';
import { otherPlaces } from '@/lib/network/map-network';
import { siteOrigin } from '@/lib/security/headers.mjs';
import '../globals.css';

type Props = {
  children: React.ReactNode;
  params: Promise<{ locale?: string }>;
};

/** The messages the client components use; the rest stay on the server. */
const CLIENT_NAMESPACES = ['Site', 'Map', 'Legend', 'Timeline', 'Share', 'Nav', 'Finder'] as const;

export const dynamicParams = false;

/** `/zh-hans/…` and `/en/…`; the default language lives in app/(zh-hant) without a prefix. */
export function generateStaticParams() {
  return localeParams();
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const locale = localeFromSegment((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    // Absolute URLs for link previews: set SITE_URL to the public origin when deploying.
    metadataBase: new URL(siteOrigin(process.env.SITE_URL)),
    title: { default: 'BJO Atlas', template: '%s · BJO Atlas' },
    description: t('description'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function AtlasLayout({ children, params }: Props) {
  const locale = localeFromSegment((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Site');
  const tTimeline = await getTranslations('Timeline');
  const { mapData, places, article } = loadAtlas(locale);
  const messages = messagesFor(locale);
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((n) => [n, messages[n]]));
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={clientMessages} timeZone="UTC">
          <AtlasUrlProvider
            known={toKnownIds(
              [...mapData.places, ...loadNetwork().records.values()],
              mapData.regions,
            )}
          >
            <a className="skip-link" href="#panel">
              {t('skip')}
            </a>
            <PrintHeader title={`BJO Atlas · ${t('description')}`} />
            <header className="site-header">
              {/* A plain link, like the panels': the app's link listener follows it in the
                    app, with the layers and date, and fetches the home page only when it is
                    pointed at (its article is large). */}
              <a className="brand" href={localizePath(locale, '/')}>
                <span className="brand-mark" aria-hidden="true">
                  ●
                </span>{' '}
                BJO Atlas
              </a>
              <ShareButton />
              <LanguageSwitch />
            </header>
            <div className="atlas">
              <MapShell
                bounds={northChinaBounds}
                otherPlaces={otherPlaces(loadNetwork())}
                keyDates={listKeyDates(places, article, locale, (name) =>
                  tTimeline('headStarts', { name }),
                )}
                {...mapData}
              />
              <main className="panel" id="panel">
                <Finder />
                <AsOfSummary
                  places={mapData.places}
                  heads={article.heads}
                  events={article.events}
                />
                <SelectionPlaceList
                  places={mapData.places.map(({ id, name }) => ({ id, name }))}
                  regions={mapData.regions.map(({ id, name }) => ({ id, name }))}
                />
                {children}
                <DataDownloads />
              </main>
            </div>
            <ShowSelection />
          </AtlasUrlProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
