import { describe, expect, it } from 'vitest';
import { loadGeodata } from '@/lib/data/load-geodata';
import { distanceKm } from '@/lib/geo/distance-km';
import { boundsAround, findPreviewBounds, PLACE_VIEW_KM } from './find-preview-bounds';

const geodata = loadGeodata();
const aspect = 760 / 630;

describe('findPreviewBounds', () => {
  it('home: all ten regions, from Xinjiang to Heilongjiang', () => {
    const [[south, west], [north, east]] = findPreviewBounds(null, geodata, aspect);
    for (const r of geodata.regions) {
      const [lng, lat] = r.labelPoint;
      expect(lng).toBeGreaterThan(west);
      expect(lng).toBeLessThan(east);
      expect(lat).toBeGreaterThan(south);
      expect(lat).toBeLessThan(north);
    }
    expect(east - west).toBeGreaterThan(55);
  });

  it('a place: about 600 km across, centred on it', () => {
    const tianjin = geodata.places.find((p) => p.id === 'tianjin-liaison-unit')!;
    const [[south, west], [north, east]] = findPreviewBounds(
      { kind: 'place', id: tianjin.id },
      geodata,
      aspect,
    );
    const [lng, lat] = tianjin.position;
    expect(distanceKm([west, lat], [east, lat])).toBeGreaterThan(PLACE_VIEW_KM * 0.98);
    expect(distanceKm([west, lat], [east, lat])).toBeLessThan(PLACE_VIEW_KM * 1.02);
    expect((west + east) / 2).toBeCloseTo(lng, 9);
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(north);
  });

  it('a small region still gets its neighbours around it', () => {
    const [[south, west], [north, east]] = findPreviewBounds(
      { kind: 'region', id: 'tianjin' },
      geodata,
      aspect,
    );
    expect(east - west).toBeGreaterThanOrEqual(5);
    expect(north - south).toBeGreaterThanOrEqual(5);
  });

  it('names an unknown id', () => {
    expect(() => findPreviewBounds({ kind: 'region', id: 'atlantis' }, geodata, aspect)).toThrow(
      'findPreviewBounds: unknown region id "atlantis"',
    );
  });
});

describe('boundsAround', () => {
  it('is as tall as the aspect asks in Mercator, so the frame is filled both ways', () => {
    const [[south], [north]] = boundsAround([116, 40], 600, 2);
    const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const widthRad = ((600 / (111.32 * Math.cos((40 * Math.PI) / 180))) * Math.PI) / 180;
    expect(y(north) - y(south)).toBeCloseTo(widthRad / 2, 9);
  });

  it('rejects a width or aspect that is not positive', () => {
    expect(() => boundsAround([116, 40], 0, 1)).toThrow(/widthKm > 0/);
  });
});
