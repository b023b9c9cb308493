import { describe, expect, it } from 'vitest';
import { loadPlaces } from '@/lib/data/load-geodata';
import { distanceKm } from './distance-km';
import type { Position } from './types';

const positionOf = (id: string): Position => {
  const place = loadPlaces().find((p) => p.id === id);
  if (!place) throw new Error(`no place ${id}`);
  return place.position;
};

describe('distanceKm', () => {
  it('measures one degree of longitude on the equator as ~111.2 km', () => {
    expect(distanceKm([0, 0], [1, 0])).toBeCloseTo(111.19, 1);
  });

  it('is symmetric and zero for the same point', () => {
    expect(distanceKm([116, 39], [116, 39])).toBe(0);
    expect(distanceKm([116, 39], [123, 41])).toBeCloseTo(distanceKm([123, 41], [116, 39]), 9);
  });

  it('puts the Tianjin unit ~110 km from the Beijing Office', () => {
    const km = distanceKm(positionOf('beijing-office'), positionOf('tianjin-liaison-unit'));
    expect(km).toBeGreaterThan(100);
    expect(km).toBeLessThan(120);
  });

  it('puts the Liaoning unit (Shenyang) ~630 km from the Beijing Office', () => {
    const km = distanceKm(positionOf('beijing-office'), positionOf('liaoning-liaison-unit'));
    expect(km).toBeGreaterThan(600);
    expect(km).toBeLessThan(660);
  });

  it('puts the former office ~5 km from the current one', () => {
    const km = distanceKm(positionOf('beijing-office'), positionOf('former-beijing-office'));
    expect(km).toBeGreaterThan(3);
    expect(km).toBeLessThan(6);
  });

  it('rejects bad arguments with a message naming them', () => {
    expect(() => distanceKm([39.9, 116.4], [116, 39])).toThrow(
      'distanceKm: a latitude 116.4 is out of range (-90..90) — are lng/lat swapped?',
    );
    expect(() => distanceKm([116, 39], [200, 39])).toThrow(
      'distanceKm: b longitude 200 is out of range (-180..180)',
    );
    expect(() => distanceKm([116, 39], undefined as unknown as Position)).toThrow(
      'distanceKm: b must be a [lng, lat] pair, got undefined',
    );
  });
});
