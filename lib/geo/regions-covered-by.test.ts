import { describe, expect, it } from 'vitest';
import { loadRegions } from '@/lib/data/load-geodata';
import type { Region } from '@/lib/data/schema';
import { regionsCoveredBy } from './regions-covered-by';

const ids = (regions: Region[]) => regions.map((r) => r.id);

describe('regionsCoveredBy', () => {
  it('gives the Beijing Office all ten regions, in the article order', () => {
    expect(ids(regionsCoveredBy('beijing-office', loadRegions()))).toEqual([
      'beijing',
      'tianjin',
      'hebei',
      'liaoning',
      'jilin',
      'heilongjiang',
      'inner-mongolia',
      'xinjiang',
      'gansu',
      'ningxia',
    ]);
  });

  it('gives each liaison unit its own region', () => {
    expect(ids(regionsCoveredBy('liaoning-liaison-unit', loadRegions()))).toEqual(['liaoning']);
    expect(ids(regionsCoveredBy('tianjin-liaison-unit', loadRegions()))).toEqual(['tianjin']);
  });

  it('gives the former office and unknown ids nothing', () => {
    expect(regionsCoveredBy('former-beijing-office', loadRegions())).toEqual([]);
    expect(regionsCoveredBy('nowhere', loadRegions())).toEqual([]);
  });

  it('rejects bad arguments with a message naming them', () => {
    expect(() => regionsCoveredBy('', loadRegions())).toThrow(
      'regionsCoveredBy: placeId must be a non-empty string, got ',
    );
    expect(() => regionsCoveredBy('beijing-office', undefined as unknown as Region[])).toThrow(
      'regionsCoveredBy: regions must be an array',
    );
  });
});
