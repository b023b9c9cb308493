import type { LeafletBounds } from '@/lib/geo/types';

/**
 * The first view of the map: northern China, from Xinjiang in the west to Heilongjiang in the
 * east. Leaflet order: [[south, west], [north, east]], degrees WGS-84.
 */
export const northChinaBounds: LeafletBounds = [
  [34, 74],
  [53.5, 134.5],
];

/**
 * The frame the offline basemap covers (data/PROVENANCE.md: west 55, south 8, east 160,
 * north 62): outside it there is no land drawn, so the map does not pan past it.
 * Leaflet order [[south, west], [north, east]].
 */
export const basemapFrame: LeafletBounds = [
  [8, 55],
  [62, 160],
];
