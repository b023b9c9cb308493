import { describe, expect, it } from 'vitest';
import { atlasHref, readLinkTarget, selectionHref, withCurrentState } from './links';

const known = { places: ['beijing-office', 'tianjin-liaison-unit'], regions: ['gansu', 'hebei'] };
const query = '?map=6/40.000/100.000&layers=osm&date=2010-01-01';

describe('selectionHref', () => {
  it('keeps layers and date, drops the view', () => {
    expect(selectionHref({ kind: 'region', id: 'gansu' }, false, query, 'zh-Hant')).toBe(
      '/region/gansu?layers=osm&date=2010-01-01',
    );
  });

  it('stays in the embed view, and clears to its home', () => {
    expect(selectionHref(null, true, '?date=2018-01-01', 'zh-Hant')).toBe('/embed?date=2018-01-01');
  });

  it('stays in the language of the page', () => {
    expect(selectionHref({ kind: 'place', id: 'beijing-office' }, false, '', 'en')).toBe(
      '/en/place/beijing-office',
    );
    expect(selectionHref(null, false, '?date=2018-01-01', 'zh-Hans')).toBe(
      '/zh-hans?date=2018-01-01',
    );
    expect(selectionHref(null, true, '', 'en')).toBe('/en/embed');
  });
});

describe('atlasHref', () => {
  it('keeps the view only when asked', () => {
    const state = { map: { zoom: 6, lat: 40, lng: 100 }, layers: ['osm' as const], date: null };
    const target = { selection: null, embed: false, locale: 'en' as const };
    expect(atlasHref(target, state)).toBe('/en?layers=osm');
    expect(atlasHref(target, state, true)).toBe('/en?map=6/40.000/100.000&layers=osm');
  });
});

describe('readLinkTarget', () => {
  it('reads selection, embed view and language from a path', () => {
    expect(readLinkTarget('/en/embed/region/hebei', known)).toEqual({
      selection: { kind: 'region', id: 'hebei' },
      embed: true,
      locale: 'en',
    });
    expect(readLinkTarget('/zh-hans', known)).toEqual({
      selection: null,
      embed: false,
      locale: 'zh-Hans',
    });
    expect(readLinkTarget('/embed', known)?.embed).toBe(true);
  });

  it('leaves what is not an atlas page alone', () => {
    expect(readLinkTarget('/data/places.geojson', known)).toBeNull();
    expect(readLinkTarget('/region/atlantis', known)).toBeNull();
  });
});

describe('withCurrentState', () => {
  it('adds the layers and date to a bare server-rendered link', () => {
    expect(withCurrentState('/region/hebei', query, known)).toBe(
      '/region/hebei?layers=osm&date=2010-01-01',
    );
  });

  it('keeps the view and hash for the same page in another language', () => {
    expect(withCurrentState('/en/place/beijing-office', query, known, true, '#history')).toBe(
      '/en/place/beijing-office?map=6/40.000/100.000&layers=osm&date=2010-01-01#history',
    );
  });

  it('drops junk in the current query', () => {
    expect(withCurrentState('/', '?date=yesterday&layers=evil', known)).toBe('/');
  });

  it('is null for other paths', () => {
    expect(withCurrentState('/data/places.csv', query, known)).toBeNull();
  });
});
