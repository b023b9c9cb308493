import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FIRST_DATE,
  MAX_ZOOM,
  MIN_ZOOM,
  normalizeDate,
  parseViewState,
  serializeViewState,
  today,
  readTimelineDate,
} from './view-state';

describe('parseViewState', () => {
  it('reads a shared link', () => {
    expect(parseViewState('?map=6/41.774/123.429&layers=osm&date=2010-06-01')).toEqual({
      map: { zoom: 6, lat: 41.774, lng: 123.429 },
      layers: ['osm'],
      date: '2010-06-01',
    });
  });

  it('gives the default state for an empty query', () => {
    expect(parseViewState('')).toEqual({ map: null, layers: [], date: null });
  });

  it('clamps numbers out of range instead of refusing them', () => {
    expect(parseViewState('?map=99/120/370').map).toEqual({ zoom: MAX_ZOOM, lat: 85, lng: 10 });
    expect(parseViewState('?map=0/-95/-190').map).toEqual({ zoom: MIN_ZOOM, lat: -85, lng: 170 });
  });

  it('rounds coordinates to what the zoom can show', () => {
    expect(parseViewState('?map=4/39.932401234/116.383501234').map).toEqual({
      zoom: 4,
      lat: 39.93,
      lng: 116.38,
    });
  });

  it('drops junk: NaN, Infinity, exponents, scripts, unknown layers, impossible dates', () => {
    for (const junk of [
      '?map=NaN/1/2',
      '?map=Infinity/1/2',
      '?map=1e3/1/2',
      '?map=5/1',
      '?map=<script>alert(1)</script>',
      '?map=5/1/2/3',
    ]) {
      expect(parseViewState(junk).map, junk).toBeNull();
    }
    expect(parseViewState('?layers=osm,evil,osm').layers).toEqual(['osm']);
    expect(parseViewState('?date=2021-02-29').date).toBeNull();
    expect(parseViewState('?date=javascript:alert(1)').date).toBeNull();
  });

  it('accepts Next searchParams objects, taking the first of repeated keys', () => {
    expect(parseViewState({ map: ['5/40.00/116.00', '7/1/1'], other: 'x' }).map).toEqual({
      zoom: 5,
      lat: 40,
      lng: 116,
    });
  });
});

describe('normalizeDate', () => {
  it('reads years and months as their first day', () => {
    expect(normalizeDate('2010')).toBe('2010-01-01');
    expect(normalizeDate('2017-02')).toBe('2017-02-01');
  });

  it('clamps to the timeline', () => {
    expect(normalizeDate('1900-05-05', '2026-05-01')).toBe(FIRST_DATE);
    expect(normalizeDate('9999-12-31', '2026-05-01')).toBe('2026-05-01');
    expect(normalizeDate('2026-05', '2026-05-01')).toBe('2026-05-01');
  });

  it('ends the timeline today by default, even across midnight', () => {
    const before = today();
    const clamped = normalizeDate('9999-12-31');
    const after = today();
    expect([before, after]).toContain(clamped);
  });

  it('refuses days that do not exist, keeps leap days that do', () => {
    expect(normalizeDate('2023-02-30')).toBeNull();
    expect(normalizeDate('2023-02-29')).toBeNull();
    expect(normalizeDate('2024-02-29')).toBe('2024-02-29');
    expect(normalizeDate('2010-13')).toBeNull();
    expect(normalizeDate('2010-1-1')).toBeNull();
  });
});

describe('serializeViewState', () => {
  it('omits defaults', () => {
    expect(serializeViewState({ map: null, layers: [], date: null })).toBe('');
  });

  it('writes precision that follows the zoom', () => {
    expect(
      serializeViewState({ map: { zoom: 8, lat: 39.1289, lng: 117.1964 }, layers: [], date: null }),
    ).toBe('?map=8/39.129/117.196');
  });

  it('writes every key in one order, with slashes and commas left readable', () => {
    expect(
      serializeViewState({
        map: { zoom: 5, lat: 40, lng: 116.5 },
        layers: ['osm', 'solo'],
        date: '2010-06-01',
      }),
    ).toBe('?map=5/40.000/116.500&layers=osm,solo&date=2010-06-01');
  });
});

describe('properties', () => {
  it('parse never throws and always yields a valid state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), fc.string(), (map, layers, date) => {
        const q = new URLSearchParams({ map, layers, date });
        const state = parseViewState(q);
        if (state.map) {
          expect(state.map.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
          expect(state.map.zoom).toBeLessThanOrEqual(MAX_ZOOM);
          expect(Math.abs(state.map.lat)).toBeLessThanOrEqual(85);
          expect(Math.abs(state.map.lng)).toBeLessThanOrEqual(180);
        }
        expect(state.layers.every((l) => l === 'osm')).toBe(true);
        if (state.date) expect(state.date >= FIRST_DATE && state.date <= today()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('serialize then parse gives back the same state', () => {
    const mapView = fc.record({
      zoom: fc.double({ min: -5, max: 30, noNaN: true }),
      lat: fc.double({ min: -200, max: 200, noNaN: true }),
      lng: fc.double({ min: -1000, max: 1000, noNaN: true }),
    });
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.option(mapView), fc.boolean(), fc.option(day), (m, osm, d) => {
        const raw = new URLSearchParams();
        if (m) raw.set('map', `${m.zoom.toFixed(3)}/${m.lat.toFixed(6)}/${m.lng.toFixed(6)}`);
        if (osm) raw.set('layers', 'osm');
        if (d) raw.set('date', d);
        const state = parseViewState(raw);
        expect(parseViewState(serializeViewState(state))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readTimelineDate', () => {
  const last = '2026-12-01';
  it('says which day was asked for when it lay outside the timeline', () => {
    expect(readTimelineDate('1990', last)).toEqual({ date: '1999-01-01', requested: '1990-01-01' });
    expect(readTimelineDate('2030-05-01', last)).toEqual({ date: last, requested: '2030-05-01' });
  });
  it('is quiet about days inside it, and about junk', () => {
    expect(readTimelineDate('2010-01', last)).toEqual({ date: '2010-01-01', requested: null });
    expect(readTimelineDate('yesterday', last)).toEqual({ date: null, requested: null });
    expect(readTimelineDate(null, last)).toEqual({ date: null, requested: null });
  });
});
