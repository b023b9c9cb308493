// The targets of the performance issue, and how a measured value compares with one.
// kB here is 1024 bytes, as in scripts/build-data/budget.mjs.

export const TARGETS = {
  mobilePerformance: { label: 'mobile performance', min: 97 },
  /** Mobile performance and TBT against the framework floor's, same run (issue #28). */
  homeUnderFloor: { label: 'home: points under the floor', max: 3 },
  homeTbtOverFloorMs: { label: 'home: TBT over the floor', max: 100 },
  placeUnderFloor: { label: 'place: points under the floor', max: 5 },
  placeTbtOverFloorMs: { label: 'place: TBT over the floor', max: 150 },
  /** The home page with its scripts blocked. */
  limitPerformance: { label: 'scripts blocked: performance', min: 100 },
  limitTbtMs: { label: 'scripts blocked: TBT', max: 50 },
  desktopPerformance: { label: 'desktop performance', min: 100 },
  /** Points ahead of the naive anchor's mobile performance, same run. */
  aheadOfAnchor: { label: 'ahead of the anchor', min: 8 },
  lcpMs: { label: 'LCP', max: 1600 },
  tbtMs: { label: 'TBT', max: 100 },
  cls: { label: 'CLS', max: 0.01 },
  firstLoadJsBytes: { label: 'first-load JS (compressed)', max: 110 * 1024 },
  geometryBytes: { label: 'geometry (compressed)', max: 60 * 1024 },
  /** JS until idle, over the anchor's, same run. */
  jsOverAnchorBytes: { label: 'JS over the anchor', max: 10 * 1024 },
  /** First marker on screen, over the anchor's (4× CPU, mobile network). */
  firstMarkerOverAnchorMs: { label: 'first marker, later than the anchor', max: 0 },
  clickToPanelMs: { label: 'click → panel (median)', max: 100 },
};

/** true = meets the target, false = misses it, null = not measured. */
export function meets(key, value) {
  const t = TARGETS[key];
  if (value == null) return null;
  return t.min != null ? value >= t.min : value <= t.max;
}

/** A value followed by ✓ or ✗ against its target. */
export function marked(key, value, text = String(value)) {
  const ok = meets(key, value);
  return ok == null ? null : `${text} ${ok ? '✓' : '✗'}`;
}

/** "≥ 95", "≤ 1500 ms" … for the targets column. */
export function describe(key, unit = (v) => String(v)) {
  const t = TARGETS[key];
  return t.min != null ? `≥ ${unit(t.min)}` : `≤ ${unit(t.max)}`;
}
