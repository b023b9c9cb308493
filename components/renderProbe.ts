/**
 * Counts renders of the map's layers for the browser tests, which set `window.__bjoRenders = {}`
 * before the page loads; without it this does nothing. The tests prove that panning re-renders
 * nothing but the view sync.
 */
export function countRender(name: string): void {
  const counts = (globalThis as { __bjoRenders?: Record<string, number> }).__bjoRenders;
  if (counts) counts[name] = (counts[name] ?? 0) + 1;
}
