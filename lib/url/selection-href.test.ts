import { describe, expect, it } from 'vitest';
import { selectionHref } from './selection-href';

describe('selectionHref', () => {
  it('keeps layers and date, drops the view', () => {
    expect(
      selectionHref(
        { kind: 'region', id: 'gansu' },
        false,
        '?map=6/40.000/100.000&layers=osm&date=2010-01-01',
        'zh-Hant',
      ),
    ).toBe('/region/gansu?layers=osm&date=2010-01-01');
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
