import { test, expect } from './fixtures';
import { raw, scriptSources } from './http';
import { inlineScriptHashes } from '../lib/security/headers.mjs';
import { observatoryReport } from '../lib/security/observatory';

/**
 * Around the pages: every path serves a prerendered page with its own CSP, redirects to one,
 * or answers 404/405; nothing renders on demand. The static export: e2e/static/.
 */
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
