#!/usr/bin/env node
// `npm test`: every check, one step after another, each timed. Stops at the first step that
// fails (as `a && b && …` would), then prints every step's time and the total, so a step that
// grows is seen the day it grows. The budget (README): 15 minutes on the 2-core test machine.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['type check', 'typecheck'],
  ['lint', 'lint'],
  ['unit tests', 'test:unit'],
  ['static export build', 'build:static'],
  ['static export e2e', 'test:e2e:static'],
  ['server build', 'build'],
  ['e2e', 'test:e2e'],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const times = [];
const started = performance.now();
let failed = null;

for (const [name, script] of STEPS) {
  console.log(`\n== ${name} (npm run ${script})`);
  const t0 = performance.now();
  const result = spawnSync(npm, ['run', script], { stdio: 'inherit' });
  const ms = performance.now() - t0;
  times.push([name, ms, result.status === 0]);
  console.log(`== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds(ms)}`);
  if (result.status !== 0) {
    failed = name;
    break;
  }
}

console.log('\n== step times');
for (const [name, ms, ok] of times)
  console.log(`  ${name.padEnd(22)} ${seconds(ms).padStart(9)}${ok ? '' : '  FAILED'}`);
for (const [name] of STEPS.slice(times.length)) console.log(`  ${name.padEnd(22)}   not run`);
console.log(`  ${'total'.padEnd(22)} ${seconds(performance.now() - started).padStart(9)}`);
if (failed) {
  console.error(`\nnpm test: "${failed}" failed.`);
  process.exit(1);
}
