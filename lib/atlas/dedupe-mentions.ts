import type { Mention } from '@/lib/article/find-mentions';

/**
 * Drops a mention whose text is already part of another mention's passage (the article's
 * address sentences repeat the paragraph they come from), keeping the longer passage and
 * reading order. Ranges of the dropped sentence are covered by the paragraph's own.
 */
export function dedupeMentions(mentions: readonly Mention[]): Mention[] {
  return mentions.filter(
    (m, i) =>
      !mentions.some(
        (other, j) =>
          j !== i &&
          other.text.includes(m.text) &&
          (other.text.length > m.text.length || (other.text === m.text && j < i)),
      ),
  );
}
