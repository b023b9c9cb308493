import type { Point, Rect } from './project-mercator';

type Edge = { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point };

function edgesOf({ x, y, width, height }: Rect): Edge[] {
  const atX =
    (cx: number) =>
    (a: Point, b: Point): Point => [cx, a[1] + ((b[1] - a[1]) * (cx - a[0])) / (b[0] - a[0])];
  const atY =
    (cy: number) =>
    (a: Point, b: Point): Point => [a[0] + ((b[0] - a[0]) * (cy - a[1])) / (b[1] - a[1]), cy];
  return [
    { inside: (p) => p[0] >= x, cross: atX(x) },
    { inside: (p) => p[0] <= x + width, cross: atX(x + width) },
    { inside: (p) => p[1] >= y, cross: atY(y) },
    { inside: (p) => p[1] <= y + height, cross: atY(y + height) },
  ];
}

/**
 * Clips a closed ring to a rectangle (Sutherland–Hodgman). Meant for filling: where the
 * ring leaves the rectangle, the result runs along its edge, so draw with a rectangle a
 * little larger than the image and those edges stay out of sight.
 * @param ring image px, closed or not (the closing point is not repeated in the result)
 * @returns the clipped ring, `[]` when nothing of it is inside
 */
export function clipRing(ring: readonly Point[], rect: Rect): Point[] {
  let output = ring.slice();
  if (output.length > 1) {
    const [first, last] = [output[0]!, output[output.length - 1]!];
    if (first[0] === last[0] && first[1] === last[1]) output.pop();
  }
  for (const edge of edgesOf(rect)) {
    const input = output;
    output = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cross(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) {
        output.push(edge.cross(previous, current));
      }
    });
    if (output.length === 0) return [];
  }
  return output;
}
