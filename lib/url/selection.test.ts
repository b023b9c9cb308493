import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSelection, selectionPath } from './selection';

const known = {
  places: ['beijing-office', 'tianjin-liaison-unit'],
  regions: ['liaoning', 'tianjin'],
};

describe('parseSelection', () => {
  it('reads places and regions', () => {
    expect(parseSelection('/place/tianjin-liaison-unit', known)).toEqual({
      kind: 'place',
      id: 'tianjin-liaison-unit',
    });
    expect(parseSelection('/region/liaoning/', known)).toEqual({ kind: 'region', id: 'liaoning' });
  });

  it('is nothing for the home page, unknown ids, a place id as a region, junk', () => {
    for (const path of [
      '/',
      '/place/nowhere',
      '/region/beijing-office',
      '/place/%E0%A4%A',
      '/place/../region/liaoning',
      null,
    ]) {
      expect(parseSelection(path, known), String(path)).toBeNull();
    }
  });

  it('round-trips through selectionPath', () => {
    for (const id of known.places) {
      expect(parseSelection(selectionPath({ kind: 'place', id }), known)).toEqual({
        kind: 'place',
        id,
      });
    }
    expect(selectionPath(null)).toBe('/');
  });

  it('reads the same selection under /embed, and writes it back there', () => {
    expect(parseSelection('/embed/region/liaoning', known)).toEqual({
      kind: 'region',
      id: 'liaoning',
    });
    expect(parseSelection('/embed', known)).toBeNull();
    expect(parseSelection('/embedded/region/liaoning', known)).toBeNull();
    expect(selectionPath({ kind: 'region', id: 'liaoning' }, true)).toBe('/embed/region/liaoning');
    expect(selectionPath(null, true)).toBe('/embed');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const sel = parseSelection(`/place/${s}`, known);
        expect(sel === null || known.places.includes(sel.id)).toBe(true);
      }),
    );
  });
});
