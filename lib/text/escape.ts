/**
 * Escapes text for markup, XML (the link-preview SVG) or HTML (map markers and labels, the
 * embed snippet): in a text node or a double- or single-quoted attribute. `& < > " '` become
 * `&amp; &lt; &gt; &quot; &#39;`, which XML 1.0 and HTML both read. Control characters that
 * XML 1.0 forbids (all below U+0020 except tab, newline and carriage return) are dropped,
 * since no reference can carry them.
 */
export function escapeMarkup(text: string): string {
  if (typeof text !== 'string') {
    throw new Error(`escapeMarkup: text must be a string, got ${typeof text}`);
  }
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[&<>"']/g, (c) => REFERENCES[c]!);
}

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
