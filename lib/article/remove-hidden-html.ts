const HIDDEN_OPEN = /<(script|style)\b[^>]*>/gi;

/** Drops HTML comments; an unclosed one hides the rest, as in MediaWiki. Linear time. */
export function removeComments(wikitext: string): string {
  let out = '';
  let cursor = 0;
  for (let open = wikitext.indexOf('<!--'); open >= 0; open = wikitext.indexOf('<!--', cursor)) {
    out += wikitext.slice(cursor, open);
    const close = wikitext.indexOf('-->', open + 4);
    if (close < 0) return out;
    cursor = close + 3;
  }
  return out + wikitext.slice(cursor);
}

/** Drops `<script>…</script>` and `<style>…</style>` with their contents. Linear time. */
export function removeHiddenBlocks(text: string): string {
  let out = '';
  let cursor = 0;
  const unclosed = new Set<string>(); // an unclosed tag name stays unclosed further on
  const opening = new RegExp(HIDDEN_OPEN.source, 'gi');
  for (let open = opening.exec(text); open; open = opening.exec(text)) {
    const name = (open[1] ?? '').toLowerCase();
    if (unclosed.has(name)) continue;
    const closing = new RegExp(`</${name}\\s*>`, 'gi');
    closing.lastIndex = opening.lastIndex;
    if (!closing.exec(text)) {
      unclosed.add(name); // its opening tag is removed later, as a tag
      continue;
    }
    out += text.slice(cursor, open.index);
    cursor = closing.lastIndex;
    opening.lastIndex = cursor;
  }
  return out + text.slice(cursor);
}
