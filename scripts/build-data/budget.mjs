// The size budget of what the map draws; checked by the build and by `npm run data:size`.

/** The files the map loads to draw itself: the basemap, the regions, the places. */
export const DRAWN_FILES = ['data/geo.topo.json', 'data/regions.json', 'data/places.json'];

/** Budget for DRAWN_FILES together, each gzipped at level 9, in bytes (50 kB). */
export const BUDGET_GZIP_BYTES = 50 * 1024;
