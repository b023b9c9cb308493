/**
 * Counts the map's renders and layouts for the browser tests, which set `window.__bjoRenders = {}`
 * before the page loads; without it this does nothing. Counted: `map` (the React shell),
 * `viewSync`, `layout` (the controller laying its symbols out). The tests prove that panning
 * re-renders nothing but the view sync and lays nothing out again.
 */
export function countRender(name: string): void {
  const counts = (globalThis as { __bjoRenders?: Record<string, number> }).__bjoRenders;
  if (counts) counts[name] = (counts[name] ?? 0) + 1;
}
