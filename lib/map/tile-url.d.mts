export const DEFAULT_TILE_URL: string;
