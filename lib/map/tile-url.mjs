// The optional tile layer's server, unless NEXT_PUBLIC_TILE_URL names another. Its own module
// with nothing imported, so the map (in the browser) and the header source (in Node) share it.
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
