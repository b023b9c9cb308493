import { describe, expect, it } from 'vitest';
import { placesShownOn, type MapPlace } from './map-data';

const place = (id: string, role: MapPlace['role'], from: string, to: string | null): MapPlace => ({
  id,
  name: id,
  role,
  position: [116, 40],
  uncertaintyM: 100,
  regionId: 'beijing',
  from,
  to,
});

describe('placesShownOn', () => {
  const places = [
    place('office', 'office', '2005-09-26', null),
    place('former', 'former-office', '1999', '2005-09-26'),
    place('unit', 'liaison-unit', '2017-02-17', null),
  ];

  it('draws every place, in its own role, without a date', () => {
    expect(placesShownOn(places, null)).toEqual(places);
  });

  it('draws the places in use on the date, the address then in use as the office', () => {
    expect(placesShownOn(places, '2003-01-01').map((p) => [p.id, p.role])).toEqual([
      ['former', 'office'],
    ]);
    expect(placesShownOn(places, '2018-01-01').map((p) => p.id)).toEqual(['office', 'unit']);
  });
});
