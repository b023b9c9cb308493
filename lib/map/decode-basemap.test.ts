import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBasemapLayer } from './decode-basemap';
import { decodeWater } from './decode-water';

const topology = JSON.parse(readFileSync('data/geo.topo.json', 'utf8'));

describe('decodeBasemapLayer', () => {
  it('decodes the ten provinces one at a time, each with its id and shape', () => {
    const regions = decodeBasemapLayer(topology, 'regions');
    expect(regions.length).toBe(10);
    const features = Array.from({ length: regions.length }, (_, i) => regions.feature(i));
    expect(features.map((f) => f.properties?.id)).toContain('liaoning');
    for (const f of features) expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
  });

  it('names what is wrong with input that is not the basemap', () => {
    expect(() => decodeBasemapLayer({}, 'regions')).toThrow(/not a TopoJSON Topology/);
    expect(() => decodeBasemapLayer({ type: 'Topology', objects: {} }, 'china')).toThrow(
      /no object "china"/,
    );
  });
});

describe('decodeWater', () => {
  it('decodes rivers and lakes, each with the zoom it shows from', () => {
    const water = decodeWater(JSON.parse(readFileSync('data/water.topo.json', 'utf8')));
    expect(water.rivers.features.length).toBeGreaterThan(0);
    expect(water.lakes.features.length).toBeGreaterThan(0);
    for (const f of water.rivers.features) expect(typeof f.properties?.z).toBe('number');
  });

  it('says so when the input is not the water topology', () => {
    expect(() => decodeWater({ type: 'Topology', objects: { rivers: {} } })).toThrow(
      /not in the expected form/,
    );
  });
});
