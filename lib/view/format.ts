const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 4232360 → "4,232,360 km²" */
export function formatKm2(km2: number): string {
  return `${integer.format(km2)} km²`;
}

/** 112.34 → "112 km" */
export function formatKm(km: number): string {
  return `${integer.format(km)} km`;
}

/** 0.4515 → "45.2%" */
export function formatShare(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** [116.3835, 39.9324] → "39.93240° N, 116.38350° E" (WGS-84; input in GeoJSON order) */
export function formatPosition([lng, lat]: readonly [number, number]): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lng >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(5)}° ${ns}, ${Math.abs(lng).toFixed(5)}° ${ew}`;
}
