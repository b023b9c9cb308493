// Layers → one simplified, quantized TopoJSON topology. Pure: no file access.
//
// Borders shared by neighbours become one arc, so simplifying an arc moves both sides
// together: no gaps or slivers between provinces. Simplification is Visvalingam
// (topojson-simplify) with the triangle area measured as it appears on a Web Mercator
// map, so a given minWeight removes detail of the same size in pixels at any latitude.

import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';
import { quantize } from 'topojson-client';

/**
 * Triangle area in degrees², scaled as Web Mercator scales it (1 / cos φ), so weights
 * compare with the area of a pixel: at zoom z one pixel is (360 / 2^(z+8))² of these.
 * @param {number[][]} triangle three [lng, lat, weight] points
 */
export function mercatorTriangleArea(triangle) {
  const [a, b, c] = triangle;
  const planar = Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  return planar / Math.cos((b[1] * Math.PI) / 180);
}

/**
 * @param {Record<string, GeoJSON.FeatureCollection>} layers object name → features (order kept)
 * @param {{
 *   prequantize: number,
 *   minWeight: number,
 *   weightScale?: Record<string, number>,
 *   weightScaleById?: Record<string, number>,
 *   minRingWeight: number,
 *   quantize: number,
 * }} options weightScale: object name → factor (default 1) on the weights of its arcs;
 *   an arc shared by several objects takes the largest factor among them, so a border
 *   is simplified as gently as its most detailed neighbour needs (< 1 simplifies more);
 *   weightScaleById overrides it for single features (e.g. small ones that must stay)
 * @returns {{ topology: import('topojson-specification').Topology, vanished: string[] }}
 *   vanished: "object/id" of features whose every ring simplification removed (never
 *   for `regions`: that throws)
 */
export function buildTopology(layers, options) {
  const { prequantize, minWeight, weightScale = {}, weightScaleById = {}, minRingWeight } = options;
  for (const name of ['prequantize', 'minWeight', 'minRingWeight', 'quantize']) {
    const value = options[name];
    if (!(typeof value === 'number' && value > 0)) {
      throw new Error(`buildTopology: options.${name} must be a positive number, got ${value}`);
    }
  }

  const raw = toTopology(layers, prequantize);
  const weighted = presimplify(raw, mercatorTriangleArea);

  const scales = arcWeightScales(weighted, weightScale, weightScaleById);
  weighted.arcs.forEach((arc, index) => {
    const scale = scales[index];
    if (scale === 1) return;
    for (const point of arc) if (Number.isFinite(point[2])) point[2] *= scale;
  });

  const simplified = simplify(weighted, minWeight);
  const filtered = filter(simplified, filterWeight(simplified, minRingWeight, mercatorRingArea));
  const topology = quantize(filtered, options.quantize);

  const vanished = [];
  for (const [name, object] of Object.entries(raw.objects)) {
    const left = new Set(topology.objects[name]?.geometries.map((g) => g.id) ?? []);
    for (const { id } of object.geometries) if (!left.has(id)) vanished.push(`${name}/${id}`);
  }
  const lostRegions = vanished.filter((v) => v.startsWith('regions/'));
  if (lostRegions.length > 0) {
    throw new Error(`buildTopology: simplification removed ${lostRegions.join(', ')}`);
  }
  return { topology, vanished };
}

/**
 * Number of positions per object, each arc counted once per object (shared borders
 * count in both neighbours' objects), plus the total over all arcs.
 * @param {import('topojson-specification').Topology} topo
 */
export function countVertices(topo) {
  const perObject = {};
  for (const [name, object] of Object.entries(topo.objects)) {
    const arcs = arcsOf(object);
    perObject[name] = [...arcs].reduce((n, i) => n + topo.arcs[i].length, 0);
  }
  const total = topo.arcs.reduce((n, arc) => n + arc.length, 0);
  return { perObject, total, arcs: topo.arcs.length };
}

/** Per arc index: the largest weight scale among the features that use it. */
function arcWeightScales(topo, weightScale, weightScaleById) {
  const scales = new Array(topo.arcs.length).fill(0);
  for (const [name, object] of Object.entries(topo.objects)) {
    for (const geometry of object.geometries) {
      const scale = weightScaleById[geometry.id] ?? weightScale[name] ?? 1;
      if (!(scale > 0)) {
        throw new Error(
          `buildTopology: weight scale of ${name}/${geometry.id} must be > 0, got ${scale}`,
        );
      }
      for (const i of arcsOf(geometry)) scales[i] = Math.max(scales[i], scale);
    }
  }
  return scales.map((s) => s || 1);
}

function arcsOf(object) {
  const found = new Set();
  const visit = (arcs) => {
    for (const a of arcs) {
      if (Array.isArray(a)) visit(a);
      else found.add(a < 0 ? ~a : a);
    }
  };
  const walk = (g) => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
    else if (g.arcs) visit(g.arcs);
  };
  walk(object);
  return found;
}

/** Ring area in Mercator-scaled degrees² (see mercatorTriangleArea). */
function mercatorRingArea(ring) {
  let area = 0;
  let lat = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    area += x0 * y1 - x1 * y0;
    lat += y0;
  }
  const meanLat = lat / Math.max(1, ring.length - 1);
  return Math.abs(area / 2) / Math.cos((meanLat * Math.PI) / 180);
}
