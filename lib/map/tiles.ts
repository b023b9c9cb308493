import { DEFAULT_TILE_URL } from './tile-url.mjs';

/** Tile server for the optional OpenStreetMap layer; NEXT_PUBLIC_TILE_URL overrides it. */
export const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL || DEFAULT_TILE_URL;
