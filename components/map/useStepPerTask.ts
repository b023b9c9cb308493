import { useEffect, useState } from 'react';

/**
 * How many of `total` steps may render, counting up one per task once `start` is true: a
 * component renders step 1, then step 2 in a later task, and so on, so that no single task of
 * the page's load does all of them (each one is a long task on a slow phone). 0 until `start`.
 */
export function useStepPerTask(total: number, start: boolean): number {
  const [step, setStep] = useState(0);
  useEffect(() => {
    if (!start || step >= total) return;
    // A macrotask: the browser paints and handles input between two steps.
    const id = setTimeout(() => setStep((s) => s + 1), 0);
    return () => clearTimeout(id);
  }, [start, step, total]);
  return step;
}
