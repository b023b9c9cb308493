// Prints `npm run bench:load` results: each path, next start beside the static server.
import { formatTable, ms } from './table.mjs';
import { busyWarning } from './machine.mjs';

const fixed = (n, digits = 0) => (n == null ? null : n.toFixed(digits));

export function printLoadReport({ method, rows, environment }) {
  const paths = [...new Set(rows.map((r) => r.path))];
  const servers = [...new Set(rows.map((r) => r.server))];
  const table = [];
  for (const path of paths) {
    for (const server of servers) {
      const r = rows.find((x) => x.path === path && x.server === server);
      if (!r) continue;
      table.push(
        r.skipped
          ? [path, server, r.skipped, '', '', '', '', '']
          : [
              path,
              server,
              fixed(r.requestsPerS),
              ms(r.p50Ms),
              ms(r.p99Ms),
              r.non2xx,
              r.errors,
              r.timeouts,
            ],
      );
    }
  }
  console.log(`\nLoad (${method})`);
  console.log(
    formatTable(['path', 'server', 'req/s', 'p50', 'p99', 'non-2xx', 'errors', 'timeouts'], table),
  );
  const warning = busyWarning(environment.loadAtStart, environment.loadAtEnd);
  if (warning) console.log(`\n${warning}`);
}
