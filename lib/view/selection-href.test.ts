import { describe, expect, it } from 'vitest';
import { selectionHref } from './selection-href';

describe('selectionHref', () => {
  it('keeps layers and date, drops the view', () => {
    expect(
      selectionHref(
        { kind: 'region', id: 'gansu' },
        false,
        '?map=6/40.000/100.000&layers=osm&date=2010-01-01',
      ),
    ).toBe('/region/gansu?layers=osm&date=2010-01-01');
  });

  it('stays in the embed view, and clears to its home', () => {
    expect(selectionHref(null, true, '?date=2018-01-01')).toBe('/embed?date=2018-01-01');
  });
});
