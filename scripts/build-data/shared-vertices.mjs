// Making two sets of polygons that meet along a border share that border vertex for
// vertex, so that topojson-server turns it into one arc. Pure.
//
// After cutting one polygon with another, the cut edge carries the cutter's vertices
// plus the crossing points, which the cutter itself lacks. topojson-server would start
// a new arc at every such point; inserting them into the cutter's edges (where they
// already lie) removes those junctions without moving anything.

/**
 * Returns copies of `targets` whose rings have, inserted into their edges, every vertex
 * of `sources` that lies on such an edge (within `tolerance` degrees) without being a
 * vertex of it already. Shapes do not change.
 * @param {GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[]} targets
 * @param {GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[]} sources
 * @param {number} [tolerance=1e-9] degrees
 * @returns {{ features: GeoJSON.Feature[], inserted: number }}
 */
export function insertSharedVertices(targets, sources, tolerance = 1e-9) {
  if (!Array.isArray(targets) || !Array.isArray(sources)) {
    throw new Error('insertSharedVertices: targets and sources must be arrays of features');
  }
  const targetKeys = new Set();
  for (const f of targets)
    for (const ring of ringsOf(f.geometry)) for (const p of ring) targetKeys.add(key(p));

  const grid = new Map();
  const cell = 0.05;
  for (const f of sources) {
    for (const ring of ringsOf(f.geometry)) {
      for (const p of ring) {
        if (targetKeys.has(key(p))) continue;
        const k = `${Math.floor(p[0] / cell)},${Math.floor(p[1] / cell)}`;
        if (!grid.has(k)) grid.set(k, []);
        grid.get(k).push(p);
      }
    }
  }

  let inserted = 0;
  const insertInRing = (ring) => {
    const out = [ring[0]];
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      const onEdge = candidatesNear(grid, cell, a, b)
        .map((p) => ({ p, t: positionOnSegment(a, b, p, tolerance) }))
        .filter(({ t }) => t !== null)
        .sort((x, y) => x.t - y.t || compare(x.p, y.p));
      let last = a;
      for (const { p } of onEdge) {
        if (p[0] === last[0] && p[1] === last[1]) continue;
        out.push(p);
        last = p;
        inserted++;
      }
      out.push(b);
    }
    return out;
  };

  const features = targets.map((f) => ({
    ...f,
    geometry:
      f.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: f.geometry.coordinates.map(insertInRing) }
        : {
            type: 'MultiPolygon',
            coordinates: f.geometry.coordinates.map((rings) => rings.map(insertInRing)),
          },
  }));
  return { features, inserted };
}

function ringsOf(geometry) {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  throw new Error(`expected a Polygon or MultiPolygon, got ${geometry.type}`);
}

function key(p) {
  return `${p[0]},${p[1]}`;
}

function compare(p, q) {
  return p[0] - q[0] || p[1] - q[1];
}

function candidatesNear(grid, cell, a, b) {
  const x0 = Math.floor(Math.min(a[0], b[0]) / cell);
  const x1 = Math.floor(Math.max(a[0], b[0]) / cell);
  const y0 = Math.floor(Math.min(a[1], b[1]) / cell);
  const y1 = Math.floor(Math.max(a[1], b[1]) / cell);
  const found = [];
  for (let x = x0; x <= x1; x++) {
    for (let y = y0; y <= y1; y++) {
      const points = grid.get(`${x},${y}`);
      if (points) found.push(...points);
    }
  }
  return found;
}

/** Parameter t in (0, 1) of p on segment a–b, or null if p is not on it (strictly inside). */
function positionOnSegment(a, b, p, tolerance) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return null;
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2;
  if (t <= 0 || t >= 1) return null;
  const distance = Math.abs(dx * (p[1] - a[1]) - dy * (p[0] - a[0])) / Math.sqrt(length2);
  return distance <= tolerance ? t : null;
}
