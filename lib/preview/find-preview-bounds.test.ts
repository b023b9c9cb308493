import { describe, expect, it } from 'vitest';
import { loadGeodata } from '@/lib/data/load-geodata';
import { distanceKm } from '@/lib/geo/distance-km';
import type { Position } from '@/lib/geo/types';
import { boundsAround, findPreviewBounds, PLACE_VIEW_KM } from './find-preview-bounds';
import { MAP_FRAME, PREVIEW_SIZE } from './preview-layout';
import { projectMercator } from './project-mercator';

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
    for (const frame of [MAP_FRAME, { x: 0, y: 0, ...PREVIEW_SIZE }]) {
      const center: Position = [116.4, 39.9];
      const bounds = boundsAround(center, 600, frame.width / frame.height);
      const [[south, west], [north, east]] = bounds;
      const project = projectMercator(bounds, frame);
      const [left, top] = project([west, north]);
      const [right, bottom] = project([east, south]);
      expect(left).toBeCloseTo(frame.x, 6);
      expect(right).toBeCloseTo(frame.x + frame.width, 6);
      expect(top).toBeCloseTo(frame.y, 6);
      expect(bottom).toBeCloseTo(frame.y + frame.height, 6);
      // Centred both ways on the image, though not in degrees: the northern half of the
      // bounds spans fewer degrees of latitude (Mercator stretches them).
      const [cx, cy] = project(center);
      expect(cx).toBeCloseTo(frame.x + frame.width / 2, 6);
      expect(cy).toBeCloseTo(frame.y + frame.height / 2, 6);
      expect(north - center[1]).toBeLessThan(center[1] - south);
    }
  });

  it('rejects a width or aspect that is not positive', () => {
    expect(() => boundsAround([116, 40], 0, 1)).toThrow(/widthKm > 0/);
  });
});
