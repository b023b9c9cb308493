/**
 * Writes the view's query keys (`map`, `layers`, `date`) to the address: at once in the page
 * (`valueOf` answers the value just set), and to the address no more often than each key's
 * interval allows (a dragged slider or a panned map would otherwise write it many times a
 * second, and browsers limit that). A value stays the page's answer until the address the
 * router reports has caught up with it, so nothing shows an older value in between.
 *
 * Plain TypeScript, without React or the DOM: the browser's address, timers and clock are given.
 */
import { withQueryValues } from './view-state';

export type QueryKey = 'map' | 'layers' | 'date';

export type QueryWriterHost = {
  /** The address now: its path and its query (`?…` or ''). */
  location: () => { pathname: string; search: string };
  /** Replaces the address's query (no history entry). */
  replaceSearch: (search: string) => void;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  now: () => number;
};

type Entry = { value: string | null; pathname: string; written: boolean };

export class QueryWriter {
  private readonly entries = new Map<QueryKey, Entry>();
  private readonly lastWritten = new Map<QueryKey, number>();
  private readonly listeners = new Set<() => void>();
  private timer: unknown = null;
  private timerDue = Infinity;

  constructor(private readonly host: QueryWriterHost) {}

  /** Sets `key` now in the page; writes it to the address within `intervalMs` of the last write. */
  set(key: QueryKey, value: string | null, intervalMs: number): void {
    this.entries.set(key, { value, pathname: this.host.location().pathname, written: false });
    const now = this.host.now();
    const due = Math.max(now, (this.lastWritten.get(key) ?? -Infinity) + intervalMs);
    if (due < this.timerDue) {
      if (this.timer !== null) this.host.clearTimer(this.timer);
      this.timerDue = due;
      this.timer = this.host.setTimer(() => this.flush(), due - now);
    }
    this.notify();
  }

  /**
   * The page's value of `key` at `pathname`: the one just set (written or not) until the
   * router's own value (`fromRouter`) matches it; `fromRouter` otherwise.
   */
  valueOf(key: QueryKey, pathname: string, fromRouter: string | null): string | null {
    const entry = this.entries.get(key);
    if (!entry || entry.pathname !== pathname) return fromRouter;
    return entry.written && entry.value === fromRouter ? fromRouter : entry.value;
  }

  /** Forgets values the router (for the keys given) has caught up with, and any set on another page. */
  settle(pathname: string, fromRouter: Partial<Record<QueryKey, string | null>>): void {
    for (const [key, entry] of this.entries) {
      const caughtUp = key in fromRouter && entry.written && entry.value === fromRouter[key];
      if (entry.pathname !== pathname || caughtUp) this.entries.delete(key);
    }
  }

  /** Writes what is waiting now (before a navigation, so the entry left keeps it). */
  flush(): void {
    if (this.timer !== null) this.host.clearTimer(this.timer);
    this.timer = null;
    this.timerDue = Infinity;
    const { pathname, search } = this.host.location();
    const changes: Partial<Record<QueryKey, string | null>> = {};
    for (const [key, entry] of this.entries) {
      if (entry.written) continue;
      if (entry.pathname !== pathname) {
        this.entries.delete(key);
        continue;
      }
      changes[key] = entry.value;
      entry.written = true;
      this.lastWritten.set(key, this.host.now());
    }
    if (!Object.keys(changes).length) return;
    const next = withQueryValues(search, changes);
    if (next !== search) this.host.replaceSearch(next);
  }

  /** Drops everything not yet in the router (Back and Forward: the entry's address wins). */
  reset(): void {
    if (this.timer !== null) this.host.clearTimer(this.timer);
    this.timer = null;
    this.timerDue = Infinity;
    if (!this.entries.size) return;
    this.entries.clear();
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes whenever a value is set or dropped: `useSyncExternalStore`'s snapshot. */
  version = 0;

  private notify(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
