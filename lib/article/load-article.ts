import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from './parse-article';
import type { Article } from './types';
import { validateArticle } from './validate-article';

/** The zh.wikipedia page the wikitext in `data/` comes from (it names the source URL). */
export const ARTICLE_TITLE = '香港特別行政區政府駐北京辦事處';

/**
 * Reads, parses and validates one wikitext file of the page `ARTICLE_TITLE`. Server-only (reads the file system).
 * Throws an Error naming the file and every problem found, so a build that loads a bad
 * article stops. Not cached; see `loadArticle`.
 */
export function loadArticleFile(file: string): Article {
  let wikitext: string;
  try {
    wikitext = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the article: ${(error as Error).message}`);
  }
  const article = parseArticle(wikitext, { title: ARTICLE_TITLE });
  const result = validateArticle(article);
  if (!result.ok) {
    throw new Error(`${file} is not a valid article:\n- ${result.errors.join('\n- ')}`);
  }
  return article;
}

let cached: Article | undefined;

/**
 * The article, from `data/article.zh.wiki` under the working directory (the repo root in
 * `next build`, `next dev` and vitest). Server-only. Parsed and validated once per process,
 * then cached: editing the file needs a restart (or a new build) to show.
 */
export function loadArticle(): Article {
  cached ??= loadArticleFile(path.join(process.cwd(), 'data', 'article.zh.wiki'));
  return cached;
}
