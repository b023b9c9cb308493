import { useLocale, useTranslations } from 'next-intl';
import type { Article } from '@/lib/article/types';
import { toPlainText } from '@/lib/article/rich-text';
import { contentLang } from '@/lib/i18n/locales';
import { linkMentions, type Mark } from '@/lib/atlas/link-mentions';
import ArticleAttribution from './ArticleAttribution';
import RichTextView from './RichTextView';
import SectionView from './SectionView';
import HeadsTimeline from './HeadsTimeline';
import { findListId } from '@/lib/atlas/find-list-id';
import ExternalLink from './ExternalLink';
import LatinRuns from './LatinRuns';

/** `children` go after the title: what the map shows, and the place list. */
type Props = { article: Article; marks: Map<string, Mark[]>; children?: React.ReactNode };

const REFERENCES_TITLES = ['参考文献', '參考文獻', '参考资料', '參考資料'];

/**
 * The whole article: title, infobox, lead and sections, with names of places linked to the map.
 * On the English page the heading is the office's English name as the article's infobox gives
 * it, and the article's own (Chinese) title stands under it.
 */
export default function ArticleView({ article, marks, children }: Props) {
  const t = useTranslations('Article');
  const tSite = useTranslations('Site');
  const locale = useLocale();
  const englishName = article.infobox.find((f) => f.key === '英文部門名稱');
  const zh = contentLang(locale);
  const englishTitle = locale === 'en' && englishName ? toPlainText(englishName.value) : null;
  const listViews = new Map<string, React.ReactNode>();
  const headsList = findListId(article.sections, article.heads[0]?.id);
  if (headsList) listViews.set(headsList, <HeadsTimeline heads={article.heads} />);
  return (
    <article lang={zh} aria-labelledby="article-title">
      {englishTitle ? (
        <>
          <h1 id="article-title" lang="en">
            {englishTitle}
          </h1>
          <p className="subtitle" lang={zh}>
            {article.title}
          </p>
        </>
      ) : (
        <h1 id="article-title">{article.title}</h1>
      )}
      {locale !== 'zh-Hant' && (
        <p className="note article-note" lang={locale}>
          {tSite('articleNote')}
        </p>
      )}
      {englishName && !englishTitle && (
        <p className="subtitle" lang="en">
          <RichTextView content={englishName.value} />
        </p>
      )}
      {children}
      {article.lead.map((p) => (
        <p key={p.id}>
          <RichTextView content={linkMentions(p.content, marks.get(p.id) ?? [])} />
        </p>
      ))}
      <section aria-labelledby="infobox-h">
        <h2 id="infobox-h" lang={locale}>
          {t('infobox')}
        </h2>
        <dl className="facts">
          {article.infobox.map((field) => (
            <div key={field.key} style={{ display: 'contents' }}>
              <dt>{field.label}</dt>
              <dd>
                <RichTextView content={field.value} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {article.sections.map((section) => (
        <SectionView
          key={section.id}
          section={section}
          marks={marks}
          listViews={listViews}
          extra={
            REFERENCES_TITLES.includes(section.title) ? <References article={article} /> : null
          }
        />
      ))}
      {article.images.length > 0 && (
        <section aria-labelledby="images-h">
          <h2 id="images-h" lang={locale}>
            {t('images')}
          </h2>
          <ul>
            {article.images.map((image) => (
              <li key={image.file}>
                <ExternalLink href={image.href}>
                  <LatinRuns text={image.file} />
                </ExternalLink>
                {image.caption && ` — ${image.caption}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ArticleAttribution title={article.title} source={article.source} />
    </article>
  );
}

function References({ article }: { article: Article }) {
  return (
    <ol className="source-list">
      {article.references.map((ref) => (
        <li key={ref.id}>
          <ExternalLink href={ref.url}>{ref.title || ref.url}</ExternalLink>
          {ref.publisher && `，${ref.publisher}`}
          {ref.date && `，${ref.date}`}
          {ref.accessdate && `（${ref.accessdate}查閱）`}
        </li>
      ))}
    </ol>
  );
}
