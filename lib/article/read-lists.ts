import type { TextCleaner } from './clean-text';
import { trimRichText } from './rich-text';
import { toRichText } from './to-rich-text';
import type { List, ListItem, RichText } from './types';
import type { WtfList, WtfSentence } from './wtf-shapes';

// wtf_wikipedia's own tests for a list line (src/list/index.js), so our lines match its items.
const LIST_MARK = /^[#*:;|]+/;
const BULLET = /^\*+[^:,|]{4}/;
const NUMBER = /^ ?#[^:,|]{4}/;
const MARKER = /^ ?[#*:;|]*/;
const NUMBERING = /^\d+\) [#*:;|]*/;

/** True when wtf_wikipedia reads this wikitext line as a list item. */
export function isListLine(line: string): boolean {
  return LIST_MARK.test(line) || BULLET.test(line) || NUMBER.test(line);
}

type LineInfo = { expected: string; marker: string; numbered: boolean };

/**
 * wtf_wikipedia drops list markers (so nesting is lost) and prefixes `#` items with "1) ".
 * For each line of a run of list lines this works out the item wikitext wtf_wikipedia will
 * report, so items can be matched back to their markers.
 */
function describeRun(lines: string[]): LineInfo[] {
  let number = 1;
  return lines.map((line) => {
    const marker = (MARKER.exec(line)?.[0] ?? '').trim();
    if (NUMBER.test(line)) {
      const expected = `${line.replace(/^ ?#*/, `${number}) `)}\n`;
      number += 1;
      return { expected, marker, numbered: true };
    }
    if (LIST_MARK.test(line)) {
      number = 1;
      return { expected: line.replace(LIST_MARK, ''), marker, numbered: false };
    }
    return { expected: line, marker, numbered: false };
  });
}

/** The runs of consecutive list lines in a paragraph's wikitext, in order. */
export function findListRuns(paragraphWikitext: string): string[][] {
  const runs: string[][] = [];
  let current: string[] | null = null;
  for (const line of paragraphWikitext.split('\n')) {
    if (isListLine(line)) {
      current ??= [];
      current.push(line);
    } else if (current) {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs;
}

type FlatItem = { depth: number; ordered: boolean; content: RichText };

function stripNumbering(content: RichText): RichText {
  const [first, ...rest] = content;
  if (first?.kind !== 'text') return content;
  return trimRichText([{ kind: 'text', text: first.text.replace(NUMBERING, '') }, ...rest]);
}

/** Matches each item to the next line whose expected wikitext equals the item's wikitext. */
function flattenItems(items: WtfSentence[], run: string[], clean: TextCleaner): FlatItem[] {
  const lines = describeRun(run);
  let cursor = 0;
  const flat: FlatItem[] = [];
  for (const item of items) {
    const wikitext = item.wikitext();
    let found = cursor;
    while (found < lines.length && lines[found]?.expected !== wikitext) found += 1;
    const line = lines[found];
    if (line) cursor = found + 1;
    let content = trimRichText(toRichText(item, clean));
    if (line?.numbered) content = stripNumbering(content);
    if (content.length === 0) continue;
    const marker = line?.marker ?? '*';
    flat.push({ depth: Math.max(1, marker.length), ordered: marker.endsWith('#'), content });
  }
  return flat;
}

type Draft = { content: RichText; children: Draft[] };

function nest(flat: FlatItem[]): Draft[] {
  const roots: Draft[] = [];
  const stack: Array<{ depth: number; draft: Draft }> = [];
  for (const item of flat) {
    const draft: Draft = { content: item.content, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= item.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.draft.children.push(draft);
    else roots.push(draft);
    stack.push({ depth: item.depth, draft });
  }
  return roots;
}

function assignIds(drafts: Draft[], prefix: string): ListItem[] {
  return drafts.map((draft, index) => {
    const id = `${prefix}-i${index + 1}`;
    return { id, content: draft.content, children: assignIds(draft.children, id) };
  });
}

/**
 * Our lists from the wtf_wikipedia lists of one paragraph, with nesting restored from the
 * list markers (`*`, `**`, `#`) and the "1)" numbering wtf_wikipedia adds removed.
 * `nextId` names each list (e.g. `s3-l1`); items are named `<list id>-i1`, `-i1-i1`, ….
 */
export function readLists(lists: WtfList[], clean: TextCleaner, nextId: () => string): List[] {
  const runs = findListRuns(lists[0]?.wikitext() ?? '');
  return lists.flatMap((list, index) => {
    const flat = flattenItems(list.lines(), runs[index] ?? [], clean);
    if (flat.length === 0) return [];
    const id = nextId();
    return [{ id, ordered: flat[0]?.ordered ?? false, items: assignIds(nest(flat), id) }];
  });
}
