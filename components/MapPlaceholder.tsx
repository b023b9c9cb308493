/** Same box as the map, shown while the map code loads (no layout shift). */
export default function MapPlaceholder() {
  return (
    <div className="map-placeholder" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>Loading map…</span>
      <noscript>The map needs JavaScript; the list and the panel work without it.</noscript>
    </div>
  );
}
