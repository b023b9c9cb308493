import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle, loadArticleFile } from './load-article';

describe('loadArticle', () => {
  it('loads data/article.zh.wiki once and caches it', () => {
    const article = loadArticle();
    expect(article.title).toBe('香港特別行政區政府駐北京辦事處');
    expect(article.heads).toHaveLength(5);
    expect(loadArticle()).toBe(article);
  });

  it('throws naming the file and the problems when the article is invalid', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bjo-article-')), 'article.zh.wiki');
    writeFileSync(file, "'''駐京辦'''在北京。");
    expect(() => loadArticleFile(file)).toThrow(file);
    expect(() => loadArticleFile(file)).toThrow(/infobox field 總部 is missing/);
    expect(() => loadArticleFile(path.join(file, 'missing'))).toThrow(/cannot read the article/);
  });
});
