/**
 * Map work in small tasks. A job is a generator: each `yield` is a point where the queue may
 * hand the main thread back to the browser (to paint, and to answer a click) when the current
 * task has run for `budgetMs`. Jobs run in the order they were added, one after another; a job
 * added under a key replaces the unfinished job of that key (a new zoom's layout makes the last
 * zoom's obsolete). Jobs are added from outside a job's step (events, `update`), never from
 * inside one.
 *
 * Pure of the browser: `post` (run a function in a later task) and `now` are passed in, so the
 * tests drive it by hand. `browserPost` is the browser's.
 */
export type Job = Generator<unknown, void, unknown>;

export type TaskQueueOptions = {
  post: (run: () => void) => void;
  now: () => number;
  /** How long one task may run before the queue yields, ms. */
  budgetMs?: number;
  /** Called with the error when a job throws; the queue goes on with the next job. */
  onError?: (error: unknown) => void;
};

type Entry = { key: string | null; job: Job };

export class TaskQueue {
  private entries: Entry[] = [];
  private scheduled = false;
  private stopped = false;
  private readonly budgetMs: number;

  constructor(private readonly options: TaskQueueOptions) {
    this.budgetMs = options.budgetMs ?? 8;
  }

  /** Queues `job`; with a `key`, it replaces the job of that key that has not finished. */
  add(job: Job, key: string | null = null): void {
    if (this.stopped) return;
    if (key !== null) {
      const i = this.entries.findIndex((e) => e.key === key);
      if (i >= 0) {
        this.entries[i]!.job.return(undefined);
        this.entries.splice(i, 1);
      }
    }
    this.entries.push({ key, job });
    this.schedule();
  }

  /** Whether a job of `key` is waiting or running. */
  has(key: string): boolean {
    return this.entries.some((e) => e.key === key);
  }

  /** Jobs not yet finished (for tests and for `idle`). */
  get pending(): number {
    return this.entries.length;
  }

  /** Drops every job, for good: the map is gone. */
  stop(): void {
    this.stopped = true;
    for (const e of this.entries) e.job.return(undefined);
    this.entries = [];
  }

  private schedule(): void {
    if (this.scheduled || this.stopped || !this.entries.length) return;
    this.scheduled = true;
    this.options.post(() => {
      this.scheduled = false;
      this.runSlice();
    });
  }

  /** Runs jobs until the budget is spent or nothing is left; then yields to the browser. */
  private runSlice(): void {
    const start = this.options.now();
    while (this.entries.length && !this.stopped) {
      const entry = this.entries[0]!;
      let done = false;
      try {
        done = entry.job.next().done ?? false;
      } catch (error) {
        done = true;
        this.options.onError?.(error);
      }
      // The job may have been replaced (or the queue stopped) from inside its own step.
      if (done && this.entries[0] === entry) this.entries.shift();
      if (this.options.now() - start >= this.budgetMs) break;
    }
    this.schedule();
  }
}

/**
 * A later task in the browser: `scheduler.postTask` where there is one, else a message to a
 * MessageChannel (setTimeout(0) is clamped to 4 ms once nested, and throttled in the background).
 */
export function browserPost(): (run: () => void) => void {
  const s = (globalThis as { scheduler?: { postTask?: (f: () => void) => Promise<void> } })
    .scheduler;
  if (s?.postTask) return (run) => void s.postTask!(run);
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return (run) => {
    waiting.push(run);
    channel.port2.postMessage(null);
  };
}

/** A later task in this page, for work that must not run inside React's commit (a no-op on the server). */
export const postTask: (run: () => void) => void =
  typeof window === 'undefined' ? () => {} : browserPost();

/**
 * Runs `run` when the browser is idle (`requestIdleCallback`, at most `timeoutMs` later), or
 * after a short timer where there is none. Returns a cancel.
 */
export function whenIdle(run: () => void, timeoutMs = 2000): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(() => run(), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
