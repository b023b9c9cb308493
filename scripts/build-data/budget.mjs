// The size budgets of what the map draws; checked by the build and by `npm run data:size`.

/** The files the map loads to draw its default view: the basemap, the regions, the places. */
export const DRAWN_FILES = ['data/geo.topo.json', 'data/regions.json', 'data/places.json'];

/** Loaded only when first needed: the cities (zoom 5 on, or the finder), the water (zoom 5 on). */
export const LATER_FILES = ['data/cities.json', 'data/water.topo.json'];

/** Budget for DRAWN_FILES together, each gzipped at level 9, in bytes (60 kB). */
export const BUDGET_GZIP_BYTES = 60 * 1024;

/** Budget for all geometry, DRAWN_FILES and LATER_FILES, each gzipped at level 9 (120 kB). */
export const TOTAL_BUDGET_GZIP_BYTES = 120 * 1024;
