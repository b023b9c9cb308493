// Child processes in their own process groups, killed (the whole group) when the bench exits,
// however it exits: normally, on an error, or on Ctrl-C / SIGTERM / SIGHUP.
import { spawn } from 'node:child_process';

/** Leaders of process groups this bench started and has not stopped yet. */
const groups = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal); // the group: next start's workers, Chrome's helpers, too
  } catch {
    /* already gone */
  }
}

/** Synchronous clean-ups (e.g. removing a temporary folder) run after the kills at exit. */
const cleanups = new Set();

/** Kills every group still registered, then runs the clean-ups. Synchronous, for 'exit'. */
export function killAll() {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  groups.clear();
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      /* best effort */
    }
  }
  cleanups.clear();
}

/** Registers a synchronous clean-up for exit; returns a function that runs it now. */
export function atExit(cleanup) {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
    cleanup();
  };
}

process.on('exit', killAll);
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
]) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping what the bench started`);
    killAll();
    process.exit(128 + number);
  });
}

/** Registers a process-group leader started elsewhere (e.g. Chrome by chrome-launcher). */
export function trackGroup(pid) {
  groups.add(pid);
  return () => groups.delete(pid);
}

/**
 * Spawns a command as the leader of a new process group; keeps the tail of its output in
 * `child.output` for error messages.
 * @param {string} command @param {string[]} args @param {import('node:child_process').SpawnOptions} options
 */
export function spawnGroup(command, args, options = {}) {
  const child = spawn(command, args, {
    ...options,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  groups.add(child.pid);
  child.output = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', () => {
    killGroup(child.pid, 'SIGKILL'); // anything the leader left behind in its group
    groups.delete(child.pid);
  });
  return child;
}

/** Stops a child's group: SIGTERM, then SIGKILL after 5 s; resolves once the leader is gone. */
export function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    killGroup(child.pid, 'SIGTERM');
  });
}
