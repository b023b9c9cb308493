import { parseDateSpan } from './parse-date-span';
import type { DateSpan } from './types';

const PARENTHESIS = /[（(]([^（）()]+)[）)]/g;

/**
 * The last parenthesised date span in a line such as `梁寶榮（1999年─2005年）`, with the
 * index where its opening bracket starts; null when no parenthesis holds a date span.
 */
export function findDateSpan(text: string): { span: DateSpan; index: number } | null {
  let found: { span: DateSpan; index: number } | null = null;
  for (const match of text.matchAll(PARENTHESIS)) {
    const span = parseDateSpan(match[1] ?? '');
    if (span) found = { span, index: match.index };
  }
  return found;
}
