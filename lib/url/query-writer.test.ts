import { describe, expect, it } from 'vitest';
import { QueryWriter, type QueryWriterHost } from './query-writer';

/** A page at `pathname` with a fake clock: `advance` runs the timers that fall due. */
function page(pathname = '/', search = '') {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextId = 1;
  const writes: string[] = [];
  const location = { pathname, search };
  const host: QueryWriterHost = {
    location: () => ({ ...location }),
    replaceSearch: (s) => {
      location.search = s;
      writes.push(s);
    },
    setTimer: (run, ms) => {
      timers.set(nextId, { at: now + ms, run });
      return nextId++;
    },
    clearTimer: (id) => timers.delete(id as number),
    now: () => now,
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  return { writer: new QueryWriter(host), location, writes, advance };
}

describe('QueryWriter', () => {
  it('shows a value at once and writes it on the next turn', () => {
    const { writer, writes, advance } = page();
    writer.set('date', '2010-01-01', 200);
    expect(writer.valueOf('date', '/', null)).toBe('2010-01-01');
    expect(writes).toEqual([]);
    advance(0);
    expect(writes).toEqual(['?date=2010-01-01']);
  });

  it('writes a dragged slider at most once per interval, ending on the last day', () => {
    const { writer, writes, advance } = page();
    for (let i = 1; i <= 20; i++) {
      writer.set('date', `2010-01-${String(i).padStart(2, '0')}`, 200);
      advance(20);
    }
    advance(400);
    expect(writes.length).toBeLessThanOrEqual(3);
    expect(writes.at(-1)).toBe('?date=2010-01-20');
  });

  it('keeps its value until the router has caught up, then gives the router the word', () => {
    const { writer, advance } = page();
    writer.set('map', '6/40.0/116.0', 500);
    advance(0);
    // Written, but the router still reports the old address: the new value holds.
    expect(writer.valueOf('map', '/', null)).toBe('6/40.0/116.0');
    writer.settle('/', { map: null });
    expect(writer.valueOf('map', '/', null)).toBe('6/40.0/116.0');
    // Another key's router value says nothing about this one.
    writer.settle('/', { date: null });
    expect(writer.valueOf('map', '/', null)).toBe('6/40.0/116.0');
    writer.settle('/', { map: '6/40.0/116.0' });
    // Caught up; a later change of the address (Back) is the router's.
    expect(writer.valueOf('map', '/', '5/39.0/115.0')).toBe('5/39.0/115.0');
  });

  it('leaves other keys and their order alone', () => {
    const { writer, writes, advance } = page('/', '?utm=x&date=2001-01-01&map=5/40.0/116.0');
    writer.set('date', null, 0);
    writer.set('layers', 'osm,solo', 0);
    advance(0);
    expect(writes).toEqual(['?utm=x&map=5/40.0/116.0&layers=osm,solo']);
  });

  it('drops a value set on a page the user has left, and everything on Back', () => {
    const { writer, location, writes, advance } = page('/region/hebei');
    writer.set('map', '6/40.0/116.0', 500);
    location.pathname = '/region/jilin';
    advance(0);
    expect(writes).toEqual([]);
    expect(writer.valueOf('map', '/region/jilin', null)).toBeNull();
    writer.set('date', '2012-01-01', 200);
    writer.reset();
    advance(1000);
    expect(writes).toEqual([]);
    expect(writer.valueOf('date', '/region/jilin', null)).toBeNull();
  });

  it('flushes at once before a navigation, so the entry left keeps the value', () => {
    const { writer, writes, advance } = page();
    writer.set('map', '6/40.0/116.0', 500);
    advance(0);
    writer.set('map', '7/41.0/117.0', 500);
    writer.flush();
    expect(writes).toEqual(['?map=6/40.0/116.0', '?map=7/41.0/117.0']);
  });

  it('tells its subscribers of each change', () => {
    const { writer } = page();
    let calls = 0;
    const stop = writer.subscribe(() => calls++);
    writer.set('layers', 'osm', 0);
    writer.reset();
    stop();
    writer.set('layers', null, 0);
    expect(calls).toBe(2);
  });
});
