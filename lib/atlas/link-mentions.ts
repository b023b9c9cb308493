import type { Mention } from '@/lib/article/find-mentions';
import type { Inline, RichText } from '@/lib/article/types';

/** A run of article text that selects a place or region on the map. */
export type SelectInline = { kind: 'select'; text: string; path: string };
export type Segment = Inline | SelectInline;

/** A span of a passage's plain text, `[start, end)` in UTF-16 units, that links to `path`. */
export type Mark = { start: number; end: number; path: string };

/**
 * Inverts `findMentions`' result into the marks of each passage: passage id → marks sorted by
 * start, overlaps dropped (the earlier, then longer, mark wins). `pathOf` maps a target id to
 * the app path that selects it.
 */
export function indexMarks(
  mentions: Record<string, Mention[]>,
  pathOf: (targetId: string) => string,
): Map<string, Mark[]> {
  const byPassage = new Map<string, Mark[]>();
  for (const [targetId, list] of Object.entries(mentions)) {
    for (const mention of list) {
      const marks = byPassage.get(mention.passageId) ?? [];
      for (const [start, end] of mention.ranges) marks.push({ start, end, path: pathOf(targetId) });
      byPassage.set(mention.passageId, marks);
    }
  }
  for (const [id, marks] of byPassage) {
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Mark[] = [];
    for (const m of marks) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
    byPassage.set(id, kept);
  }
  return byPassage;
}

/**
 * Cuts rich text at the marks: text inside a mark becomes a `select` run (a map link wins over
 * a Wikipedia link there), the rest keeps its kind. The plain text is unchanged.
 */
export function linkMentions(content: RichText, marks: readonly Mark[]): Segment[] {
  if (!marks.length) return content;
  const out: Segment[] = [];
  let offset = 0;
  for (const run of content) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    let cursor = runStart;
    for (const mark of marks) {
      if (mark.end <= cursor || mark.start >= runEnd) continue;
      const from = Math.max(mark.start, cursor);
      const to = Math.min(mark.end, runEnd);
      if (from > cursor)
        out.push({ ...run, text: run.text.slice(cursor - runStart, from - runStart) });
      pushSelect(out, run.text.slice(from - runStart, to - runStart), mark.path);
      cursor = to;
    }
    if (cursor < runEnd) out.push({ ...run, text: run.text.slice(cursor - runStart) });
    offset = runEnd;
  }
  return out;
}

function pushSelect(out: Segment[], text: string, path: string) {
  const last = out[out.length - 1];
  if (last?.kind === 'select' && last.path === path) last.text += text;
  else out.push({ kind: 'select', text, path });
}
