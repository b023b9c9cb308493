// The targets of the performance issue, and how a measured value compares with one.
// kB here is 1024 bytes, as in scripts/build-data/budget.mjs.

export const TARGETS = {
  mobilePerformance: { label: 'mobile performance', min: 95 },
  lcpMs: { label: 'LCP', max: 1500 },
  tbtMs: { label: 'TBT', max: 100 },
  cls: { label: 'CLS', max: 0.01 },
  firstLoadJsBytes: { label: 'first-load JS (compressed)', max: 110 * 1024 },
  geometryBytes: { label: 'geometry (compressed)', max: 50 * 1024 },
  clickToPanelMs: { label: 'click → panel (median)', max: 50 },
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
