import { describe, expect, it } from 'vitest';
import { loadAtlas } from './load-atlas';
import { describePlace } from './describe-place';
import { describeRegion } from './describe-region';

const atlas = loadAtlas();

describe('describePlace', () => {
  it('the Beijing office covers all ten provinces and is 0 km from itself', () => {
    const d = describePlace('beijing-office', atlas.places, atlas.regions);
    expect(d.covers.map((r) => r.id)).toHaveLength(10);
    expect(d.distanceFromOfficeKm).toBeNull();
    expect(d.from.date).toBe('2005-09-26');
    expect(d.region.id).toBe('beijing');
  });

  it('the Tianjin unit is about 110 km from the office and shows the other sources’ dates', () => {
    const d = describePlace('tianjin-liaison-unit', atlas.places, atlas.regions);
    expect(d.distanceFromOfficeKm).toBeGreaterThan(100);
    expect(d.distanceFromOfficeKm).toBeLessThan(125);
    expect(d.from.date).toBe('2017-02-17');
    expect(d.otherDates.map((x) => x.date)).toEqual(
      expect.arrayContaining(['2017-02-27', '2017-09-14']),
    );
    expect(d.covers.map((r) => r.id)).toEqual(['tianjin']);
  });

  it('throws on an unknown id', () => {
    expect(() => describePlace('nowhere', atlas.places, atlas.regions)).toThrow(/unknown place id/);
  });
});

describe('describeRegion', () => {
  it('Liaoning holds the Shenyang unit and is covered by the Beijing office', () => {
    const d = describeRegion('liaoning', atlas.places, atlas.regions, atlas.article);
    expect(d.liaisonUnit?.id).toBe('liaoning-liaison-unit');
    expect(d.coveredBy?.id).toBe('beijing-office');
    expect(d.placesInside.map((p) => p.id)).toEqual(['liaoning-liaison-unit']);
  });

  it('Tianjin and Jilin list the article’s events held there; Xinjiang none', () => {
    expect(
      describeRegion('tianjin', atlas.places, atlas.regions, atlas.article).events.map(
        (e) => e.name,
      ),
    ).toEqual(['2004天津·香港周']);
    expect(
      describeRegion('jilin', atlas.places, atlas.regions, atlas.article).events.map((e) => e.name),
    ).toEqual(['吉林·香港節']);
    expect(describeRegion('xinjiang', atlas.places, atlas.regions, atlas.article).events).toEqual(
      [],
    );
  });
});
