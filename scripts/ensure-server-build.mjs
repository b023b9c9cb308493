// Runs before `npm run test:e2e`: the browser tests run against the last `npm run build`, never
// rebuilding (the inner loop: build once, then run `npm run test:e2e -- --grep …` as often as
// needed). Stops with what to do when there is no server build; warns when it is older than the
// sources, since the tests then check the code as it was built, not as it is.
import { whyBuild } from './build-state.mjs';

const reason = whyBuild(process.cwd());
if (reason === 'no production build yet') {
  console.error(
    'test:e2e: .next/ holds no server build (none yet, or the static export replaced it). Run `npm run build` first.',
  );
  process.exit(1);
}
if (reason) console.warn(`test:e2e: warning: ${reason}; the tests run against that older build.`);
