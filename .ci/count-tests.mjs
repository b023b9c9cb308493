// Reads the output of `npm test` and prints the totals of Vitest and Playwright as "PASSED FAILED"
// (.ci/run prints the closing "N passed, N failed" line from them). A failed step that ran no
// test (type check, lint, build) counts as one failure.
import { readFileSync } from 'node:fs';

// Extra checks that are not test runners (the data checks) are passed in as counts.
const [logPath, statusArg, extraPassed = '0', extraFailed = '0'] = process.argv.slice(2);
const text = readFileSync(logPath, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = Number(extraPassed);
let failed = Number(extraFailed);

for (const line of text.split('\n')) {
  const vitest = line.match(/^\s*Tests\s+(.*)\(\d+\)\s*$/);
  if (vitest) {
    passed += Number(vitest[1].match(/(\d+) passed/)?.[1] ?? 0);
    failed += Number(vitest[1].match(/(\d+) failed/)?.[1] ?? 0);
    continue;
  }
  const pw = line.match(/^\s+(\d+) (passed|failed|flaky)( \(|$)/);
  if (pw) {
    if (pw[2] === 'passed') passed += Number(pw[1]);
    else failed += Number(pw[1]);
  }
}

if (Number(statusArg) !== 0 && failed === 0) failed = 1; // a step that failed without a test
console.log(`${passed} ${failed}`);
