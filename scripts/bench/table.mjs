// A plain text table: the first column left-aligned, the others right-aligned.

/** @param {string[]} header @param {(string | number | null)[][]} rows */
export function formatTable(header, rows) {
  const cells = [header, ...rows].map((row) =>
    header.map((_, i) => (row[i] == null ? '—' : String(row[i]))),
  );
  const widths = header.map((_, i) => Math.max(...cells.map((row) => [...row[i]].length)));
  const pad = (text, i) => {
    const fill = ' '.repeat(widths[i] - [...text].length);
    return i === 0 ? text + fill : fill + text;
  };
  const line = (row) => row.map(pad).join('  ').trimEnd();
  return [
    line(cells[0]),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

export const kB = (bytes) => (bytes == null ? null : `${(bytes / 1024).toFixed(1)} kB`);
export const ms = (value) => (value == null ? null : `${Math.round(value)} ms`);
