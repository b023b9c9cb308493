// How busy the machine is with other processes: on these few cores they inflate every timing
// here. Sampled while the bench itself runs nothing (before it starts, after it stopped all).
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

const BUSY_PERCENT = 20;

/** Idle and total CPU time of all cores so far (Linux /proc/stat, in ticks). */
function cpuTimes() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = fields.map(Number);
  return { idle: n[3] + (n[4] ?? 0), total: n.reduce((a, b) => a + b, 0) };
}

/** The share of all cores in use over `sampleMs`, and the 1-minute load average. */
export async function machineLoad(sampleMs = 2000) {
  const cores = availableParallelism();
  const load1 = Number(loadavg()[0].toFixed(2));
  if (!existsSync('/proc/stat'))
    return { cores, load1, cpuBusyPercent: null, busy: load1 > cores / 2 };
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, sampleMs));
  const after = cpuTimes();
  const idle = (after.idle - before.idle) / Math.max(1, after.total - before.total);
  const cpuBusyPercent = Math.round(100 * (1 - idle));
  return { cores, load1, cpuBusyPercent, busy: cpuBusyPercent > BUSY_PERCENT };
}

/** A warning line when other processes kept the CPU busy at the start or the end, else ''. */
export function busyWarning(start, end) {
  if (!start?.busy && !end?.busy) return '';
  const describe = (s) =>
    s.cpuBusyPercent == null ? `load average ${s.load1}` : `${s.cpuBusyPercent} % busy`;
  return (
    `⚠ other processes were using the CPU (${start.cores} cores ${describe(start)} before the ` +
    `bench, ${describe(end)} after it). Timings (LCP, TBT, click → panel, req/s, latency) are ` +
    'inflated by them; compare runs made on an idle machine. Bytes are not affected.'
  );
}
