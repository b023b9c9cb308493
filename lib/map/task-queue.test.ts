import { describe, expect, it } from 'vitest';
import { TaskQueue, type Job } from './task-queue';

/** A queue driven by hand: `tick()` runs the next posted task; each job step costs `cost` ms. */
function setup(budgetMs = 10, cost = 4) {
  let clock = 0;
  const posted: (() => void)[] = [];
  const errors: unknown[] = [];
  const queue = new TaskQueue({
    post: (run) => posted.push(run),
    now: () => clock,
    budgetMs,
    onError: (e) => errors.push(e),
  });
  const log: string[] = [];
  function* steps(name: string, n: number): Job {
    for (let i = 0; i < n; i++) {
      clock += cost;
      log.push(`${name}${i}`);
      yield;
    }
  }
  const tick = () => {
    const run = posted.shift();
    if (!run) return false;
    run();
    return true;
  };
  return { queue, steps, log, tick, posted, errors };
}

describe('TaskQueue', () => {
  it('runs nothing until its task comes, then steps until the budget is spent', () => {
    const { queue, steps, log, tick } = setup(10, 4);
    queue.add(steps('a', 5));
    expect(log).toEqual([]);
    tick();
    // 4, 8, 12 ms: the third step passes the 10 ms budget, then the queue yields.
    expect(log).toEqual(['a0', 'a1', 'a2']);
    tick();
    expect(log).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(queue.pending).toBe(0);
    expect(tick()).toBe(false);
  });

  it('runs jobs in the order they were added', () => {
    const { queue, steps, log, tick } = setup(100, 1);
    queue.add(steps('a', 2));
    queue.add(steps('b', 2));
    while (tick());
    expect(log).toEqual(['a0', 'a1', 'b0', 'b1']);
  });

  it('a job added under a key replaces the unfinished job of that key', () => {
    const { queue, steps, log, tick } = setup(5, 4);
    queue.add(steps('old', 4), 'layout');
    queue.add(steps('other', 1));
    tick(); // old0, old1
    queue.add(steps('new', 1), 'layout');
    while (tick());
    expect(log).toEqual(['old0', 'old1', 'other0', 'new0']);
  });

  it('a job that throws is reported and the next one still runs', () => {
    const { queue, steps, log, tick, errors } = setup();
    queue.add(
      (function* (): Job {
        throw new Error('bad data');
      })(),
    );
    queue.add(steps('b', 1));
    while (tick());
    expect(errors.map((e) => (e as Error).message)).toEqual(['bad data']);
    expect(log).toEqual(['b0']);
  });

  it('stop() drops every job and takes no more', () => {
    const { queue, steps, log, tick } = setup(5, 4);
    queue.add(steps('a', 5));
    tick();
    queue.stop();
    queue.add(steps('b', 1));
    while (tick());
    expect(log).toEqual(['a0', 'a1']);
    expect(queue.pending).toBe(0);
  });
});
