/**
 * Escapes text for an XML text node or a double- or single-quoted attribute: `& < > " '`
 * become character references. Control characters that XML 1.0 forbids (all below U+0020
 * except tab, newline and carriage return) are dropped, since no reference can carry them.
 */
export function escapeXml(text: string): string {
  if (typeof text !== 'string') {
    throw new Error(`escapeXml: text must be a string, got ${typeof text}`);
  }
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
