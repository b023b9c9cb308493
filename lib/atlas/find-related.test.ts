import { describe, expect, it } from 'vitest';
import { findRelated } from './find-related';

const places = [
  { id: 'beijing-office', regionId: 'beijing' },
  { id: 'former-beijing-office', regionId: 'beijing' },
  { id: 'liaoning-liaison-unit', regionId: 'liaoning' },
];
const regions = [
  { id: 'beijing', coveredBy: 'beijing-office', liaisonUnit: null },
  { id: 'liaoning', coveredBy: 'beijing-office', liaisonUnit: 'liaoning-liaison-unit' },
  { id: 'jilin', coveredBy: 'beijing-office', liaisonUnit: null },
];

describe('findRelated', () => {
  it('the office highlights every region it covers', () => {
    expect(findRelated({ kind: 'place', id: 'beijing-office' }, places, regions)).toEqual({
      regionIds: ['beijing', 'liaoning', 'jilin'],
      placeIds: ['beijing-office'],
    });
  });

  it('a liaison unit highlights its province; the former office its own region', () => {
    expect(
      findRelated({ kind: 'place', id: 'liaoning-liaison-unit' }, places, regions).regionIds,
    ).toEqual(['liaoning']);
    expect(
      findRelated({ kind: 'place', id: 'former-beijing-office' }, places, regions).regionIds,
    ).toEqual(['beijing']);
  });

  it('a region shows the places inside it and the office that covers it', () => {
    expect(findRelated({ kind: 'region', id: 'liaoning' }, places, regions)).toEqual({
      regionIds: ['liaoning'],
      placeIds: ['beijing-office', 'liaoning-liaison-unit'],
    });
    expect(findRelated({ kind: 'region', id: 'jilin' }, places, regions).placeIds).toEqual([
      'beijing-office',
    ]);
  });

  it('nothing or an unknown id relates to nothing', () => {
    expect(findRelated(null, places, regions)).toEqual({ regionIds: [], placeIds: [] });
    expect(findRelated({ kind: 'region', id: 'hubei' }, places, regions)).toEqual({
      regionIds: [],
      placeIds: [],
    });
  });
});
