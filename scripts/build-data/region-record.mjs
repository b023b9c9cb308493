// One region's entry in data/regions.json, from its hand-maintained table entry and
// its unsimplified Natural Earth polygon. Pure.

import * as turf from '@turf/turf';
import polylabel from 'polylabel';

/**
 * Label point of a (Multi)Polygon: the pole of inaccessibility of its largest polygon,
 * found in Web Mercator metres (as the map shows it) to `precisionM`, returned as
 * [lng, lat] rounded to 4 decimals. Unlike a centroid it is always inside the shape.
 * @param {GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>} feature
 * @param {number} [precisionM=500]
 * @returns {[number, number]} [lng, lat]
 */
export function labelPointOf(feature, precisionM = 500) {
  const geometry = feature?.geometry;
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw new Error('labelPointOf: feature must have a Polygon or MultiPolygon geometry');
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = polygons[0];
  let largestArea = -1;
  for (const rings of polygons) {
    const area = turf.area(turf.polygon(rings));
    if (area > largestArea) [largest, largestArea] = [rings, area];
  }
  const projected = turf.toMercator(turf.polygon(largest)).geometry.coordinates;
  const pole = polylabel(projected, precisionM);
  const [lng, lat] = turf.toWgs84(turf.point([pole[0], pole[1]])).geometry.coordinates;
  return [round(lng, 4), round(lat, 4)];
}

/**
 * @param {typeof import('./region-table.mjs').REGION_TABLE[number]} entry
 * @param {GeoJSON.Feature} source unsimplified Natural Earth admin-1 feature
 */
export function regionRecord(entry, source) {
  const rawSourceArea = source.properties?.area_sqkm;
  return {
    id: entry.id,
    iso: entry.iso,
    neCode: entry.neCode,
    kind: entry.kind,
    names: entry.names,
    fullNames: entry.fullNames,
    aliases: entry.aliases,
    coveredBy: entry.coveredBy,
    liaisonUnit: entry.liaisonUnit,
    areaKm2: Math.round(turf.area(source) / 1e6),
    // 0 in this source release means "not filled in", not an area.
    sourceAreaKm2: typeof rawSourceArea === 'number' && rawSourceArea > 0 ? rawSourceArea : null,
    labelPoint: labelPointOf(source),
  };
}

function round(value, decimals) {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
