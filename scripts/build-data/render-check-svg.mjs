// A quick visual check of the built topology: an SVG of one view in Web Mercator at a
// Leaflet zoom level, as the map would draw it. Used by `npm run data:build -- --check`.

import { feature } from 'topojson-client';

const STYLE = {
  countries: 'fill="#e8e6e1" stroke="#9a968c" stroke-width="0.6"',
  china: 'fill="#f4f1ea" stroke="#8f8a7e" stroke-width="0.6"',
  regions: 'fill="#f2d7a8" stroke="#8a4b12" stroke-width="1"',
};

/**
 * @param {import('topojson-specification').Topology} topo
 * @param {{ bbox: [number, number, number, number], zoom: number, points?: [number, number][], labels?: [number, number][] }} view
 *   bbox [west, south, east, north]; points (places, red) and labels (label points, blue) [lng, lat]
 * @returns {string} SVG text
 */
export function renderCheckSvg(topo, { bbox, zoom, points = [], labels = [] }) {
  const scale = 256 * 2 ** zoom;
  const project = ([lng, lat]) => [
    ((lng + 180) / 360) * scale,
    ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * scale,
  ];
  const [x0, y0] = project([bbox[0], bbox[3]]);
  const [x1, y1] = project([bbox[2], bbox[1]]);
  const at = (p) => {
    const [x, y] = project(p);
    return `${(x - x0).toFixed(1)},${(y - y0).toFixed(1)}`;
  };
  const path = (geometry) => {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons.flatMap((rings) => rings.map((ring) => `M${ring.map(at).join('L')}Z`)).join('');
  };
  const layers = ['countries', 'china', 'regions'].map((name) => {
    const fc = feature(topo, topo.objects[name]);
    const d = fc.features.map((f) => `<path d="${path(f.geometry)}"/>`).join('');
    return `<g ${STYLE[name]} stroke-linejoin="round">${d}</g>`;
  });
  const dot = (fill) => (p) => {
    const [x, y] = at(p).split(',');
    return `<circle cx="${x}" cy="${y}" r="4" fill="${fill}"/>`;
  };
  const dots = [...labels.map(dot('#1f5fbf')), ...points.map(dot('#c00'))];
  const width = Math.round(x1 - x0);
  const height = Math.round(y1 - y0);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#cfe3ef"/>${layers.join('')}${dots.join('')}</svg>\n`;
}
