import { describe, expect, it } from 'vitest';
import { loadArticle } from '@/lib/article/load-article';
import { findListId } from './find-list-id';

describe('findListId', () => {
  const article = loadArticle();
  it('finds the list of heads inside the subsection 歷任首長', () => {
    const id = findListId(article.sections, article.heads[0]?.id);
    const sub = article.sections.flatMap((s) => s.children).find((s) => s.title === '歷任首長');
    expect(id).not.toBeNull();
    expect(sub?.lists.map((l) => l.id)).toContain(id);
  });
  it('is null for an unknown or missing item', () => {
    expect(findListId(article.sections, 'nope')).toBeNull();
    expect(findListId(article.sections, undefined)).toBeNull();
  });
});
