// The committed basemap (data/geo.topo.json) has no gaps and no overlaps along shared
// borders: a shared border is drawn once, so the union of neighbours has no holes and its
// area is the sum of theirs. (Coasts are not shared; where two meet, see the last test.)
//
// Two methods. Topological: topojson-client `merge` dissolves every arc used by two of the
// given polygons and stitches the rest into rings; any ring but the outermost of a
// connected group is a hole, so a gap between neighbours (two arcs where there should be
// one) is a hole. Geometric: Turf `union` of the decoded features; an overlap makes its
// area smaller than the sum of the parts, and a gap is a hole in it too.
import { area, bbox, bboxClip, featureCollection, intersect, union } from '@turf/turf';
import type {
  BBox,
  Feature,
  MultiPolygon as GeoMultiPolygon,
  Polygon as GeoPolygon,
  Position,
} from 'geojson';
import { feature, merge } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { regionFeatures } from '@/lib/geo/region-features';
import { loadTopology } from './load-geodata';

type Area = Polygon | MultiPolygon;
type AreaFeature = Feature<GeoPolygon | GeoMultiPolygon>;
type LayerName = 'regions' | 'china' | 'countries';

const KM2 = 1e6;

/** Turf unions and intersections of whole provinces take a second or two. */
const TURF_TIMEOUT_MS = 30_000;

/** Twice the signed planar area of a ring in [lng, lat]; > 0 when counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  }
  return sum;
}

/**
 * The polygons of the given objects, each rewound clockwise (planar [lng, lat]) by
 * reversing its arc references. `merge` stitches rings along arc direction, so it needs
 * one winding; the build leaves the countries, Hong Kong and Macao counter-clockwise and
 * the provinces clockwise (Leaflet and Turf do not care, `merge` does).
 */
function clockwiseGeometries(topology: Topology, names: LayerName[]): Area[] {
  const reverse = (ring: number[]) => ring.map((arc) => ~arc).reverse();
  const rewind = (polygon: number[][]) => {
    const exterior = feature(topology, { type: 'Polygon', arcs: [polygon[0]!] });
    return signedArea(exterior.geometry.coordinates[0]!) > 0 ? polygon.map(reverse) : polygon;
  };
  return names.flatMap((name) =>
    (topology.objects[name] as { geometries: Area[] }).geometries.map((g): Area =>
      g.type === 'Polygon' ? { ...g, arcs: rewind(g.arcs) } : { ...g, arcs: g.arcs.map(rewind) },
    ),
  );
}

/** Turf area of a ring, km². */
const ringKm2 = (ring: Position[]) => area({ type: 'Polygon', coordinates: [ring] }) / KM2;

/** The polygons of a Polygon or MultiPolygon. */
const polygonsOf = (geometry: GeoPolygon | GeoMultiPolygon) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** The holes of a (merged or united) geometry, as their areas in km². */
const holesKm2 = (geometry: GeoPolygon | GeoMultiPolygon) =>
  polygonsOf(geometry).flatMap((polygon) => polygon.slice(1).map(ringKm2));

/** The same ring, wherever it starts and whichever way it runs. */
const ringKey = (ring: Position[]) =>
  ring
    .map((p) => p.join(','))
    .sort()
    .join(';');

/** Sum of the Turf areas of the features, and the Turf area of their union, km². */
function unionOf(features: AreaFeature[]) {
  const united = union(featureCollection(features))!;
  return {
    sumKm2: features.reduce((sum, f) => sum + area(f), 0) / KM2,
    unionKm2: area(united) / KM2,
    holesKm2: holesKm2(united.geometry),
  };
}

/** The box two boxes share ([west, south, east, north]). */
const overlapBox = (a: BBox, b: BBox): BBox => [
  Math.max(a[0], b[0]),
  Math.max(a[1], b[1]),
  Math.min(a[2], b[2]),
  Math.min(a[3], b[3]),
];

/** The part of a feature inside a box, or null when none is; rings clipping emptied are dropped. */
function clipTo(f: AreaFeature, box: BBox): Feature<GeoMultiPolygon> | null {
  // A polygon clipped stays a polygon (bboxClip's type also allows lines).
  const polygons = polygonsOf(bboxClip(f, box).geometry as GeoPolygon | GeoMultiPolygon)
    .map((polygon) => polygon.filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0 && polygon[0]!.length >= 4);
  if (polygons.length === 0) return null;
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
}

/** Pairs of `features` and `others` that overlap by ≥ 0.01 km², with the area rounded to 0.1. */
function overlapsOf(features: AreaFeature[], others: AreaFeature[]) {
  const boxes = new Map([...features, ...others].map((f) => [f, bbox(f)]));
  const apart = (a: AreaFeature, b: AreaFeature) => {
    const [aw, as, ae, an] = boxes.get(a)!;
    const [bw, bs, be, bn] = boxes.get(b)!;
    return aw > be || bw > ae || as > bn || bs > an;
  };
  const found: [string, string, number][] = [];
  features.forEach((a, i) => {
    for (const b of others) {
      if (a === b || (features.includes(b) && features.indexOf(b) < i) || apart(a, b)) continue;
      // Both clipped to the box they share first: the same result, much faster.
      const box = overlapBox(boxes.get(a)!, boxes.get(b)!);
      const [ca, cb] = [clipTo(a, box), clipTo(b, box)];
      const common = ca && cb ? intersect(featureCollection([ca, cb])) : null;
      const km2 = common ? area(common) / KM2 : 0;
      if (km2 >= 0.01) found.push([String(a.id), String(b.id), Math.round(km2 * 10) / 10]);
    }
  });
  return found;
}

describe('the methods', () => {
  const square = (x: number, y: number): GeoPolygon => ({
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x, y + 1],
        [x + 1, y + 1],
        [x + 1, y],
        [x, y],
      ],
    ],
  });
  const squareFeature = (id: number, x: number, y: number): AreaFeature => ({
    type: 'Feature',
    id,
    properties: {},
    geometry: square(x, y),
  });
  // A 3 × 3 block of unit squares, ids 0–8 row by row.
  const block = Array.from({ length: 9 }, (_, i) => squareFeature(i, i % 3, Math.floor(i / 3)));

  it('find a gap between neighbours as a hole', () => {
    const ring = featureCollection(block.filter((f) => f.id !== 4)); // the middle left out
    const topology = toTopology({ ring }) as unknown as Topology;
    const geometries = (topology.objects.ring as { geometries: Area[] }).geometries;
    expect(holesKm2(merge(topology, geometries))).toEqual([expect.closeTo(12_364, -2)]);
    expect(unionOf(ring.features).holesKm2).toEqual([expect.closeTo(12_364, -2)]);
  });

  it('find an overlap as a union smaller than the sum, and name the pairs', () => {
    const over = squareFeature(9, 0.5, 0.5);
    const { sumKm2, unionKm2 } = unionOf([...block, over]);
    expect(sumKm2 - unionKm2).toBeCloseTo(12_364, -2);
    expect(overlapsOf([over], block).map(([a, b]) => [a, b])).toEqual([
      ['9', '0'],
      ['9', '1'],
      ['9', '3'],
      ['9', '4'],
    ]);
  });
});

describe('data/geo.topo.json borders', () => {
  const topology = loadTopology();
  const regions = clockwiseGeometries(topology, ['regions']);
  const china = clockwiseGeometries(topology, ['regions', 'china']);
  const everything = clockwiseGeometries(topology, ['regions', 'china', 'countries']);
  const features = {
    regions: regionFeatures(topology).features,
    china: regionFeatures(topology, 'china').features,
    countries: regionFeatures(topology, 'countries').features,
  };

  it('merges the ten regions into one shape plus islands, with no holes', () => {
    const merged = merge(topology, regions);
    expect(holesKm2(merged)).toEqual([]);

    const [main, ...islands] = merged.coordinates
      .map((polygon) => ({ km2: ringKm2(polygon[0]!), key: ringKey(polygon[0]!) }))
      .sort((a, b) => b.km2 - a.km2);
    expect(main!.km2).toBeGreaterThan(4.2e6);
    // Islands off Hebei, Tianjin and Liaoning. Each is on its own in the merge of every
    // layer too, so it touches nothing: no piece of a region is cut off on land.
    const alone = new Set(
      merge(topology, everything).coordinates.map((polygon) => ringKey(polygon[0]!)),
    );
    expect(islands).toHaveLength(14);
    for (const island of islands) {
      expect(island.km2).toBeLessThan(200);
      expect(alone.has(island.key)).toBe(true);
    }
  });

  it('merges all of China as drawn (regions + china) with no holes: no gap between provinces', () => {
    expect(holesKm2(merge(topology, china))).toEqual([]);
  });

  it('leaves no gap along any border with or between the neighbouring countries', () => {
    // These holes all have zero area: a few short pieces of border are two arcs, not
    // one, that simplification and quantization left on the same positions.
    const holes = holesKm2(merge(topology, everything));
    expect(Math.max(0, ...holes)).toBeLessThan(1e-6); // < 1 m²
  });

  it(
    'has no overlaps or holes among the ten regions: their union is the sum of their areas',
    () => {
      const { sumKm2, unionKm2, holesKm2 } = unionOf(features.regions);
      expect(holesKm2).toEqual([]);
      expect(Math.abs(sumKm2 - unionKm2)).toBeLessThan(1e-3);
      expect(sumKm2).toBeGreaterThan(4.2e6);
    },
    TURF_TIMEOUT_MS,
  );

  it(
    'has no region overlapping a province of the rest of China',
    () => {
      expect(overlapsOf(features.regions, [...features.regions, ...features.china])).toEqual([]);
    },
    TURF_TIMEOUT_MS,
  );

  it(
    'knows where two coasts cross (not shared borders): simplification moved them apart',
    () => {
      // Where a border reaches the sea, the two coasts are separate arcs simplified with
      // different weights (regions 1, china 0.05, countries 0.01), and they can cross.
      // Now (km², to 0.1): North Korea's coast, simplified hardest, runs 4.5 km² into
      // Liaoning at the Yalu mouth (leaving a 1.5 km² gap beside it); Guangdong's and
      // Macao's coasts overlap by 1.2 km²; at the Sikkim–Nepal–Xizang tripoint a 1.9 km²
      // triangle is drawn by all three (India's outline crosses itself there). A build
      // that keeps simplified arcs from crossing should empty this list.
      const ownChina = [...features.regions, ...features.china];
      const all = [...ownChina, ...features.countries];
      expect(overlapsOf(ownChina, all)).toEqual([
        ['liaoning', 'north-korea', 4.5],
        ['guangdong', 'macao', 1.2],
        ['xizang', 'india', 1.9],
        ['xizang', 'nepal', 1.9],
      ]);
    },
    TURF_TIMEOUT_MS,
  );
});
