/** A box by its centre and size, in pixels. */
export type Box = { x: number; y: number; w: number; h: number };

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.w + b.w + gap * 2 && Math.abs(a.y - b.y) * 2 < a.h + b.h + gap * 2
  );
}

/**
 * Boxes on a uniform grid, to ask "does this box overlap any placed one?" without looking at
 * every placed box: placing 400 city names at zoom 8 one after another, each against all the
 * names before it, was 1.6 million overlap tests (about 100 ms at 4× CPU). Each box is filed
 * under the cells it spans; a query looks only at the boxes of the cells its box (grown by the
 * gap) spans, with the same `overlaps` test, so the answers are the same as a full scan.
 */
export class BoxIndex {
  private readonly cells = new Map<string, Box[]>();

  constructor(private readonly cellSize = 64) {}

  add(box: Box): void {
    for (const key of this.keysOf(box, 0)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }

  /** True when `box` overlaps a box in the index, with `gap` px kept between them. */
  overlapsAny(box: Box, gap = 0): boolean {
    for (const key of this.keysOf(box, gap))
      for (const other of this.cells.get(key) ?? []) if (overlaps(box, other, gap)) return true;
    return false;
  }

  private *keysOf(box: Box, grow: number): Generator<string> {
    const size = this.cellSize;
    const x0 = Math.floor((box.x - box.w / 2 - grow) / size);
    const x1 = Math.floor((box.x + box.w / 2 + grow) / size);
    const y0 = Math.floor((box.y - box.h / 2 - grow) / size);
    const y1 = Math.floor((box.y + box.h / 2 + grow) / size);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) yield `${cx},${cy}`;
  }
}
