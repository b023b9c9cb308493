import { useTranslations } from 'next-intl';
import ExternalLink from '@/components/ExternalLink';

type Props = { osm: boolean };

const ARTICLE_URL =
  'https://zh.wikipedia.org/wiki/%E9%A6%99%E6%B8%AF%E7%89%B9%E5%88%A5%E8%A1%8C%E6%94%BF%E5%8D%80%E6%94%BF%E5%BA%9C%E9%A7%90%E5%8C%97%E4%BA%AC%E8%BE%A6%E4%BA%8B%E8%99%95';

/**
 * The map's credits: the map library, the article's text and licence, the boundaries, and
 * OpenStreetMap while its tiles are on. Server-rendered with the page, so they show before
 * (and without) the map's code.
 */
export default function MapAttributionView({ osm }: Props) {
  const t = useTranslations('Map');
  return (
    <p className="map-attribution">
      <ExternalLink href="https://leafletjs.com">Leaflet</ExternalLink> | {t('text')}:{' '}
      <ExternalLink href={ARTICLE_URL}>Wikipedia</ExternalLink> (
      <ExternalLink href="https://creativecommons.org/licenses/by-sa/4.0/">
        CC BY-SA 4.0
      </ExternalLink>
      ) | {t('boundaries')}{' '}
      <ExternalLink href="https://www.naturalearthdata.com/">Natural Earth</ExternalLink>
      {osm && (
        <>
          {' | '}
          {t.rich('osm', {
            link: (chunks) => (
              <ExternalLink href="https://www.openstreetmap.org/copyright">{chunks}</ExternalLink>
            ),
          })}
        </>
      )}
    </p>
  );
}
