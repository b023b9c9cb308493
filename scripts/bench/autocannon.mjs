// One bounded load run with autocannon (from .bench/) against a loopback URL.
import { createRequire } from 'node:module';
import { toolPath } from './tools.mjs';

/**
 * @param {string} url
 * @param {{ connections: number, durationS: number, method?: string, body?: string,
 *   uniquePaths?: boolean }} opts `uniquePaths`: each request asks for a new path under `url`
 * @returns {Promise<{ requestsPerS: number, requests: number, p50Ms: number, p99Ms: number,
 *   non2xx: number, errors: number, timeouts: number, bytesPerS: number }>}
 */
export function loadTest(url, { connections, durationS, method = 'GET', body, uniquePaths }) {
  const { hostname } = new URL(url);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') throw new Error(`not loopback: ${url}`);
  let seq = 0;
  const autocannon = createRequire(toolPath('autocannon', 'package.json'))('autocannon');
  return new Promise((resolve, reject) => {
    let guard;
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationS,
        timeout: 10,
        method,
        body,
        ...(uniquePaths && {
          requests: [{ setupRequest: (req) => ({ ...req, path: `${req.path}${seq++}` }) }],
        }),
      },
      (error, r) => {
        clearTimeout(guard);
        if (error) return reject(error);
        resolve({
          requestsPerS: r.requests.average,
          requests: r.requests.total,
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          non2xx: r.non2xx,
          errors: r.errors,
          timeouts: r.timeouts,
          bytesPerS: r.throughput.average,
        });
      },
    );
    // autocannon stops itself after `duration`; this is a second bound in case it does not.
    guard = setTimeout(() => instance.stop(), (durationS + 30) * 1000);
  });
}
