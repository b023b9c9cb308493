import type { Inline, RichText } from './types';

/** The text of rich text, links included, as one string. */
export function toPlainText(content: RichText): string {
  return content.map((run) => run.text).join('');
}

/** Merges adjacent text runs and drops empty runs. */
export function normalizeRichText(content: RichText): RichText {
  const out: Inline[] = [];
  for (const run of content) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (run.kind === 'text' && last?.kind === 'text') {
      out[out.length - 1] = { kind: 'text', text: last.text + run.text };
    } else {
      out.push(run);
    }
  }
  return out;
}

/** Removes whitespace at both ends of rich text (inside the first and last runs). */
export function trimRichText(content: RichText): RichText {
  const runs = normalizeRichText(content);
  const first = runs[0];
  if (first) runs[0] = { ...first, text: first.text.trimStart() };
  const last = runs[runs.length - 1];
  if (last) runs[runs.length - 1] = { ...last, text: last.text.trimEnd() };
  return normalizeRichText(runs);
}

/** Joins pieces of rich text with `separator` between them, then trims and merges. */
export function joinRichText(pieces: RichText[], separator = ' '): RichText {
  const runs: Inline[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0) runs.push({ kind: 'text', text: separator });
    runs.push(...piece);
  });
  return trimRichText(runs);
}
