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
