import type { TextCleaner } from './clean-text';
import { isSafeHref } from './is-safe-href';
import type { Reference } from './types';
import type { WtfReference } from './wtf-shapes';

function pick(json: Record<string, unknown>, keys: string[], clean: TextCleaner): string {
  for (const key of keys) {
    const value = json[key];
    if (typeof value === 'string' && value.trim() !== '') return clean(value).trim();
  }
  return '';
}

/** The text of a `<ref>` without a citation template (wtf_wikipedia keeps it as a sentence). */
function inlineText(json: Record<string, unknown>, clean: TextCleaner): string {
  const inline = json.inline as { text?: unknown } | undefined;
  const text = typeof inline?.text === 'function' ? (inline.text as () => unknown)() : '';
  return typeof text === 'string' ? clean(text).trim() : '';
}

/**
 * The cited sources (`<ref>{{Cite news|…}}</ref>` and the like), in the order cited, named
 * `ref-1`, `ref-2`, …. A `<ref>` without a citation template gives its text as `title`.
 */
export function readReferences(references: WtfReference[], clean: TextCleaner): Reference[] {
  return references.map((reference, index) => {
    const json = reference.json();
    const url = pick(json, ['url', 'archive-url', 'archiveurl'], (text) => text);
    return {
      id: `ref-${index + 1}`,
      url: isSafeHref(url) ? url : null,
      title: pick(json, ['title'], clean) || inlineText(json, clean),
      publisher: pick(json, ['publisher', 'work', 'website', 'newspaper'], clean),
      date: pick(json, ['date'], clean),
      accessdate: pick(json, ['accessdate', 'access-date'], clean),
    };
  });
}
