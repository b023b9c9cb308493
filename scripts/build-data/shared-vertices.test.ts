import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildTopology, mercatorTriangleArea } from './build-topology.mjs';
import { insertSharedVertices } from './shared-vertices.mjs';

const square = (id: string, ring: [number, number][]): Feature<Polygon> => ({
  type: 'Feature',
  id,
  properties: { id },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

// Two squares sharing the edge x = 1; the right one was cut with an extra vertex (1, 0.5)
// on it, as cutting one polygon with another leaves.
const left = square('left', [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
]);
const right = square('right', [
  [1, 0],
  [2, 0],
  [2, 1],
  [1, 1],
  [1, 0.5],
  [1, 0],
]);

const options = { prequantize: 1e5, minWeight: 1e-12, minRingWeight: 1e-12, quantize: 1e5 };
const collection = (...features: Feature<Polygon>[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

describe('insertSharedVertices', () => {
  it('inserts a neighbour’s vertex lying on an edge, without moving anything', () => {
    const { features, inserted } = insertSharedVertices([left], [right]);
    expect(inserted).toBe(1);
    expect((features[0]!.geometry as Polygon).coordinates[0]).toEqual([
      [0, 0],
      [1, 0],
      [1, 0.5],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('leaves vertices off the edges alone', () => {
    const far = square('far', [
      [5, 5],
      [6, 5],
      [6, 6],
      [5, 5],
    ]);
    expect(insertSharedVertices([left], [far]).inserted).toBe(0);
  });

  it('turns a shared border cut by an extra vertex into one arc', () => {
    const before = buildTopology({ a: collection(left), b: collection(right) }, options).topology;
    const [fixedLeft] = insertSharedVertices([left], [right]).features as Feature<Polygon>[];
    const after = buildTopology(
      { a: collection(fixedLeft!), b: collection(right) },
      options,
    ).topology;
    expect(before.arcs.length).toBeGreaterThan(after.arcs.length);
    expect(after.arcs).toHaveLength(3); // left's outside, right's outside, the shared border
  });

  it('rejects bad arguments', () => {
    expect(() => insertSharedVertices(null as never, [])).toThrow(
      'insertSharedVertices: targets and sources must be arrays of features',
    );
  });
});

describe('mercatorTriangleArea', () => {
  it('is the planar area on the equator and grows as 1 / cos(latitude)', () => {
    const at = (lat: number) =>
      mercatorTriangleArea([
        [0, lat],
        [1, lat],
        [0, lat + 1e-6],
      ]);
    expect(at(0)).toBeCloseTo(0.5e-6, 12);
    expect(at(60) / at(0)).toBeCloseTo(2, 3);
  });
});
