import { useTranslations } from 'next-intl';

type Props = { name: string; nameLang: string; canonical: string };

/**
 * The embedded map's only chrome: what it shows, and a way to the full atlas that keeps the
 * view, layers, date and language (`data-keep-view`, added by the app's link listener).
 */
export default function EmbedCaption({ name, nameLang, canonical }: Props) {
  const t = useTranslations('Share');
  return (
    <div className="embed-view">
      <h1 lang={nameLang}>{name}</h1>
      <a href={canonical} target="_blank" rel="noopener" data-keep-view="">
        {t('open')}
      </a>
    </div>
  );
}
