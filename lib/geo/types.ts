/**
 * Geometry types shared by lib/geo and lib/data.
 *
 * Coordinate order: GeoJSON and everything in lib/ use `[lng, lat]` (WGS-84 degrees).
 * Only `LeafletBounds` uses Leaflet's `[lat, lng]` order, because it is handed to
 * Leaflet as is.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** `[lng, lat]`, WGS-84 degrees (GeoJSON order). */
export type Position = [lng: number, lat: number];

/** `[[south, west], [north, east]]`: Leaflet's `LatLngBoundsLiteral` order, degrees. */
export type LeafletBounds = [[south: number, west: number], [north: number, east: number]];

export type LayerNames = { 'zh-Hant': string; 'zh-Hans': string; en: string };

/** Properties of every geometry in data/geo.topo.json. */
export type LayerProperties = { id: string; names: LayerNames; kind?: string };

/** data/geo.topo.json: `regions` (the ten), `china` (the rest of China), `countries`. */
export type GeoTopology = Topology<{
  regions: GeometryCollection<LayerProperties>;
  china: GeometryCollection<LayerProperties>;
  countries: GeometryCollection<LayerProperties>;
}>;

export type AreaFeatureCollection<P = LayerProperties> = FeatureCollection<
  Polygon | MultiPolygon,
  P
>;
