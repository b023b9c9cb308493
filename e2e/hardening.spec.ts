import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { test, expect } from './fixtures';
import { inlineScriptHashes } from '../lib/security/headers.mjs';
import { observatoryReport } from '../lib/security/observatory';

/**
 * Around the pages: every path serves a prerendered page with its own CSP, redirects to one,
 * or answers 404/405; nothing renders on demand. Then the static export, served as it ships.
 */
function scriptSources(csp: string | undefined): string[] {
  const directive = (csp ?? '').split(';').find((d) => d.trim().startsWith('script-src'));
  return directive ? directive.trim().split(/\s+/).slice(1) : [];
}

/** A raw request (fetch refuses TRACE and keeps no redirect unfollowed otherwise). */
function raw(base: string, method: string, path: string) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>(
    (resolve, reject) => {
      const url = new URL(path, base);
      const req = httpRequest(url, { method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers as Record<string, string>,
            body,
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

test('other spellings of a page redirect to it, and the page carries its own script hashes', async ({
  page,
  baseURL,
}) => {
  for (const [path, to] of [
    ['/index', '/'],
    ['/en/index', '/en'],
    ['/place/tianjin%2Dliaison-unit', '/place/tianjin-liaison-unit'],
    ['/place/tianjin-liaison-unit/', '/place/tianjin-liaison-unit'],
  ] as const) {
    const res = await raw(baseURL!, 'GET', path);
    expect(res.status, path).toBe(308);
    expect(new URL(res.headers.location!, baseURL).pathname, path).toBe(to);
    const response = await page.goto(path);
    expect(new URL(page.url()).pathname).toBe(to);
    const html = await response!.text();
    const allowed = scriptSources(response!.headers()['content-security-policy']);
    for (const hash of inlineScriptHashes(html))
      expect(allowed, `${path}: ${hash}`).toContain(hash);
  }
});

test('only GET and HEAD: every other method is a 405 with Allow, TRACE included', async ({
  baseURL,
}) => {
  for (const path of ['/', '/place/beijing-office', '/embed', '/data/places.geojson']) {
    for (const method of ['TRACE', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const res = await raw(baseURL!, method, path);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
      expect(res.body).toMatch(/only answers GET and HEAD/);
    }
    expect((await raw(baseURL!, 'HEAD', path)).status, `HEAD ${path}`).toBe(200);
  }
});

test('pages are cached briefly by browsers and revalidated; build assets are immutable', async ({
  page,
}) => {
  const response = await page.goto('/region/hebei');
  expect(response!.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const asset = await page.request.get(script!);
  expect(asset.headers()['cache-control']).toMatch(/max-age=31536000, immutable/);
});

test('the headers of a page and a download score A+ by the Observatory rules behind HTTPS', async ({
  page,
}) => {
  // The test server has no SITE_URL: no HSTS, as for http://localhost. Behind HTTPS the same
  // headers plus the HSTS that SITE_URL=https://… adds (unit-tested in lib/security).
  for (const path of ['/', '/embed/place/beijing-office', '/data/places.geojson']) {
    const response = await page.request.get(path);
    const headers = {
      ...response.headers(),
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
    };
    const report = observatoryReport(headers, { https: true });
    expect(report.grade, `${path}: ${JSON.stringify(report.tests)}`).toBe('A+');
    expect(response.headers()['strict-transport-security']).toBeUndefined();
  }
});

test.describe('the static export, served by `serve` with the serve.json it ships', () => {
  const port = 3310;
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess;

  test.beforeAll(async () => {
    server = spawn(
      process.execPath,
      [
        'node_modules/serve/build/main.js',
        'out',
        '-l',
        `tcp://127.0.0.1:${port}`,
        '--no-clipboard',
      ],
      { stdio: 'ignore' },
    );
    await expect
      .poll(
        () =>
          raw(base, 'GET', '/').then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 20_000 },
      )
      .toBe(200);
  });

  test.afterAll(() => {
    server.kill();
  });

  test('a page carries its CSP from serve.json and its own in a meta tag; previews are image/png', async ({
    page,
  }) => {
    const config = JSON.parse(readFileSync('out/serve.json', 'utf8')) as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    const csp = (source: string) =>
      config.headers
        .find((h) => h.source === source)!
        .headers.find((h) => h.key === 'Content-Security-Policy')!.value;
    const res = await raw(base, 'GET', '/place/tianjin-liaison-unit');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(csp('**/*.html'));
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const meta = /<meta http-equiv="Content-Security-Policy"[^>]*content="([^"]+)"/.exec(res.body);
    expect(meta, "the page's own policy").not.toBeNull();
    const policy = meta![1]!.replaceAll('&#x27;', "'").replaceAll('&quot;', '"');
    const hashes = inlineScriptHashes(res.body);
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(scriptSources(policy)).toContain(hash);
    // The meta tag comes before every script it covers.
    expect(res.body.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      res.body.indexOf('<script'),
    );

    const og =
      /<meta property="og:image" content="[^"]*?(\/place\/tianjin-liaison-unit\/opengraph-image[^"?]*)/.exec(
        res.body,
      );
    expect(og, 'og:image in the page').not.toBeNull();
    const image = await raw(base, 'GET', og![1]!);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');

    const embed = await raw(base, 'GET', '/embed/region/hebei');
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');

    // The page runs under both policies: no violation, and the map appears.
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    await page.goto(`${base}/place/tianjin-liaison-unit`);
    await expect(page.locator('.leaflet-container path.region')).toHaveCount(10);
    await expect(page.locator('.office-marker.is-selected')).toHaveCount(1);
    expect(violations).toEqual([]);
  });

  test('no directory is listed', async () => {
    const res = await raw(base, 'GET', '/place/');
    expect(res.body).not.toMatch(/Index of/i);
  });
});
