// The bytes a server sends for a URL on the wire (body only), asked with or without gzip.
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';

/** @param {string} url @param {string} acceptEncoding @param {string} [method] @returns {Promise<{status: number, encoding: string, bytes: number, body: Buffer}>} */
function get(url, acceptEncoding, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, headers: { 'Accept-Encoding': acceptEncoding }, timeout: 15_000 },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            encoding: res.headers['content-encoding'] ?? 'identity',
            bytes: body.length,
            body,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

/**
 * Raw size, and the size with `Accept-Encoding: gzip` as the server answers it. When the
 * server does not compress, `gzip` is computed here (level 9) and `gzipComputed` says so.
 * @param {string} url
 */
export async function httpSizes(url) {
  const raw = await get(url, 'identity');
  if (raw.status !== 200) throw new Error(`${url} answered ${raw.status}`);
  const gz = await get(url, 'gzip');
  const served = gz.encoding === 'gzip';
  return {
    raw: raw.bytes,
    gzip: served ? gz.bytes : gzipSync(raw.body, { level: 9 }).length,
    gzipComputed: !served,
  };
}

/** The status a URL answers a plain request with (GET unless `method` says otherwise). */
export async function statusOf(url, { method } = {}) {
  return (await get(url, 'identity', method ?? 'GET')).status;
}
