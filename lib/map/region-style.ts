/** Leaflet path options (a subset), as plain data. */
export type PathStyle = {
  color: string;
  weight: number;
  opacity: number;
  fillColor: string;
  fillOpacity: number;
  dashArray?: string;
};

export const COLORS = {
  jurisdiction: '#c0392b',
  jurisdictionLine: '#8e2a20',
  selected: '#7a1610',
  china: '#ece7dc',
  chinaLine: '#b9b1a2',
  country: '#f6f4ef',
  countryLine: '#c9c4b9',
  water: '#c9dcea',
  waterLine: '#4f86b3',
} as const;

/**
 * One muted hue per office of the Mainland network, for the provinces it serves: well below the
 * Beijing Office's red, distinct from each other (in the colourblind-safe range of Okabe–Ito,
 * lightened). The Beijing Office's own provinces keep the jurisdiction's colour.
 */
export const NETWORK_COLORS: Record<string, string> = {
  'beijing-office': COLORS.jurisdiction,
  'guangdong-eto': '#e3a857',
  'shanghai-eto': '#6fa8d6',
  'chengdu-eto': '#5fb39a',
  'wuhan-eto': '#b48cc0',
};
/** How strongly a served province is tinted: a wash over the context, not a fill. */
export const NETWORK_FILL_OPACITY = 0.28;

/** A province of the rest of China tinted by the office serving it (none: plain context). */
export function networkAreaStyle(officeId: string | null, tilesShown = false): PathStyle {
  const base = contextStyle('china', tilesShown);
  const hue = officeId ? NETWORK_COLORS[officeId] : undefined;
  if (!hue) return base;
  // Over tiles, the wash alone shows whose it is; without them, it is mixed into the fill.
  return tilesShown
    ? { ...base, fillColor: hue, fillOpacity: NETWORK_FILL_OPACITY / 2 }
    : { ...base, fillColor: mix(COLORS.china, hue, NETWORK_FILL_OPACITY) };
}

/** `a` with `t` of `b` mixed in (both `#rrggbb`). */
export function mix(a: string, b: string, t: number): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(ch(a, i) * (1 - t) + ch(b, i) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Water shows from this zoom on; each river and lake from its own zoom (its `z`) on. */
export const WATER_MIN_ZOOM = 5;

/** Rivers and lakes: muted blue, rivers a little wider as the map zooms in. */
export function waterStyle(kind: 'river' | 'lake', zoom: number): PathStyle {
  const weight = Math.min(2.4, 1 + Math.max(0, zoom - 5) * 0.3);
  return kind === 'river'
    ? { color: COLORS.waterLine, weight, opacity: 0.75, fillColor: COLORS.water, fillOpacity: 0 }
    : {
        color: COLORS.waterLine,
        weight: 0.8,
        opacity: 0.75,
        fillColor: COLORS.water,
        fillOpacity: 1,
      };
}

/** The ten provinces: the jurisdiction. Related ones stronger, the selected one strongest. */
export function jurisdictionStyle(state: {
  selected: boolean;
  related: boolean;
  hovered: boolean;
}): PathStyle {
  const base: PathStyle = {
    color: COLORS.jurisdictionLine,
    weight: 1,
    opacity: 0.9,
    fillColor: COLORS.jurisdiction,
    fillOpacity: 0.22,
  };
  if (state.selected) return { ...base, color: COLORS.selected, weight: 3, fillOpacity: 0.5 };
  if (state.related) return { ...base, weight: 2, fillOpacity: 0.4 };
  if (state.hovered) return { ...base, weight: 2, fillOpacity: 0.34 };
  return base;
}

/**
 * The rest of China and the neighbouring countries: muted context, opaque as the offline
 * basemap, outlines only when map tiles are drawn underneath.
 */
export function contextStyle(kind: 'china' | 'countries', tilesShown = false): PathStyle {
  const fillOpacity = tilesShown ? 0 : 1;
  return kind === 'china'
    ? { color: COLORS.chinaLine, weight: 0.8, opacity: 1, fillColor: COLORS.china, fillOpacity }
    : {
        color: COLORS.countryLine,
        weight: 0.8,
        opacity: 1,
        fillColor: COLORS.country,
        fillOpacity,
      };
}
