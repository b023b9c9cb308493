import { describe, expect, it } from 'vitest';
import { loadPlaces, loadRegions, loadTopology } from '@/lib/data/load-geodata';
import type { Region } from '@/lib/data/schema';
import { placesToGeoJSON, regionsToGeoJSON } from './to-geojson';

describe('placesToGeoJSON', () => {
  it('makes one Point per place at its [lng, lat], with everything else in properties', () => {
    const places = loadPlaces();
    const fc = placesToGeoJSON(places);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual(places.map((p) => p.id));
    fc.features.forEach((feature, i) => {
      const place = places[i]!;
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: place.position });
      expect(feature.properties).toMatchObject({
        id: place.id,
        names: place.names,
        role: place.role,
        address: place.address,
        dates: place.dates,
        sources: place.sources,
        uncertaintyM: place.uncertaintyM,
        basis: place.basis,
      });
      expect(feature.properties).not.toHaveProperty('position');
    });
  });

  it('is valid JSON that round-trips', () => {
    const fc = placesToGeoJSON(loadPlaces());
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });

  it('rejects bad arguments with a message naming them', () => {
    expect(() => placesToGeoJSON({} as never)).toThrow('placesToGeoJSON: places must be an array');
    expect(() => placesToGeoJSON([{ id: 'x' }] as never)).toThrow(
      'placesToGeoJSON: places[0] has no position',
    );
  });
});

describe('regionsToGeoJSON', () => {
  it('makes one (Multi)Polygon per region, with the regions.json fields as properties', () => {
    const regions = loadRegions();
    const fc = regionsToGeoJSON(regions, loadTopology());
    expect(fc.features.map((f) => f.id)).toEqual(regions.map((r) => r.id));
    for (const feature of fc.features) {
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
      expect(feature.properties.names.en).toBeTruthy();
      expect(feature.properties.coveredBy).toBe('beijing-office');
    }
    const liaoning = fc.features.find((f) => f.id === 'liaoning');
    expect(liaoning?.geometry.type).toBe('MultiPolygon'); // islands in the Yellow Sea
    expect(liaoning?.properties.liaisonUnit).toBe('liaoning-liaison-unit');
  });

  it('throws, naming the region, when the topology has no shape for it', () => {
    const ghost = { ...loadRegions()[0], id: 'atlantis' } as unknown as Region;
    expect(() => regionsToGeoJSON([ghost], loadTopology())).toThrow(
      'regionsToGeoJSON: region "atlantis" has no shape in the topology',
    );
  });
});
