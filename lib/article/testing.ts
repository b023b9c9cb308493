import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The seed article's wikitext (tests only). */
export function readSeedWikitext(): string {
  return readFileSync(path.join(process.cwd(), 'data', 'article.zh.wiki'), 'utf8');
}

/** Every string value in a JSON-like value, with its path (tests only). */
export function collectStrings(value: unknown, at = '$'): Array<{ at: string; text: string }> {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => collectStrings(item, `${at}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => collectStrings(item, `${at}.${key}`));
  }
  return [];
}

/** Every `href` value in a JSON-like value (tests only). */
export function collectHrefs(value: unknown): string[] {
  return collectStrings(value)
    .filter(({ at }) => /\.(href|url|licenseUrl|placeHref|src)$/.test(at))
    .map(({ text }) => text);
}
