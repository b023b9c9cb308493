import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { raw, scriptSources } from '../http';
import { expectNotFoundInEveryLanguage, places, regions, ui } from '../atlas';
import { inlineScriptHashes } from '../../lib/security/headers.mjs';

/**
 * The static export as it ships: `out/` served by `serve` with its serve.json (see
 * playwright.static.config.ts). A smoke set: every kind of route, its headers, the 404s, a page
 * with JavaScript off and one with it on. The behaviour behind the pages is the server build's
 * suite (e2e/*.spec.ts): the two builds render the same components.
 */
const en = JSON.parse(readFileSync('lib/i18n/messages/en.json', 'utf8')) as typeof ui;
const config = JSON.parse(readFileSync('out/serve.json', 'utf8')) as {
  headers: { source: string; headers: { key: string; value: string }[] }[];
};
const cspFor = (source: string) =>
  config.headers
    .find((h) => h.source === source)!
    .headers.find((h) => h.key === 'Content-Security-Policy')!.value;

const office = places.find((p) => p.id === 'beijing-office')!;
const hebei = regions.find((r) => r.id === 'hebei')!;

/** Every kind of page, in each language: its path, language, panel heading, whether it may be framed. */
const PAGES: { path: string; lang: string; h1?: string; frameable?: boolean }[] = [
  { path: '/', lang: 'zh-Hant', frameable: false },
  { path: '/zh-hans', lang: 'zh-Hans', frameable: false },
  { path: '/en', lang: 'en', frameable: false },
  { path: '/place/beijing-office', lang: 'zh-Hant', h1: office.names['zh-Hant'] },
  { path: '/en/place/beijing-office', lang: 'en', h1: office.names.en },
  { path: '/zh-hans/region/hebei', lang: 'zh-Hans', h1: hebei.fullNames['zh-Hans'] },
  { path: '/en/region/hebei', lang: 'en', h1: hebei.fullNames.en },
  { path: '/city/dalian', lang: 'zh-Hant' },
  { path: '/en/city/dalian', lang: 'en' },
  { path: '/embed/region/hebei', lang: 'zh-Hant', frameable: true },
];

test('every kind of page is served with its policy from serve.json and its own script hashes', async ({
  baseURL,
}) => {
  for (const p of PAGES) {
    const res = await raw(baseURL!, 'GET', p.path);
    expect(res.status, p.path).toBe(200);
    expect(res.headers['content-type'], p.path).toContain('text/html');
    expect(res.body, p.path).toContain(`<html lang="${p.lang}"`);
    if (p.h1) expect(res.body, p.path).toContain(p.h1);
    const csp = res.headers['content-security-policy'];
    expect(csp, p.path).toBe(
      cspFor(p.frameable ? '{embed,en/embed,zh-hans/embed}/**/*.html' : '**/*.html'),
    );
    expect(csp, p.path).toContain(p.frameable ? 'frame-ancestors *' : "frame-ancestors 'none'");
    expect(res.headers['x-content-type-options'], p.path).toBe('nosniff');
    // The page's own policy (a meta tag, before every script) allows exactly its inline scripts.
    const meta = /<meta http-equiv="Content-Security-Policy"[^>]*content="([^"]+)"/.exec(res.body);
    expect(meta, `${p.path}: the page's own policy`).not.toBeNull();
    const policy = meta![1]!.replaceAll('&#x27;', "'").replaceAll('&quot;', '"');
    const hashes = inlineScriptHashes(res.body);
    expect(hashes.length, p.path).toBeGreaterThan(0);
    for (const hash of hashes) expect(scriptSources(policy), p.path).toContain(hash);
    expect(res.body.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      res.body.indexOf('<script'),
    );
  }
});

test('link previews are PNG; the downloads, the sitemap and robots.txt have their types', async ({
  baseURL,
}) => {
  const page = await raw(baseURL!, 'GET', '/place/tianjin-liaison-unit');
  const og =
    /<meta property="og:image" content="[^"]*?(\/place\/tianjin-liaison-unit\/opengraph-image[^"?]*)/.exec(
      page.body,
    );
  expect(og, 'og:image in the page').not.toBeNull();
  const image = await raw(baseURL!, 'GET', og![1]!);
  expect(image.status).toBe(200);
  expect(image.headers['content-type']).toBe('image/png');
  for (const [path, type] of [
    ['/data/places.geojson', 'application/geo+json'],
    ['/data/regions.geojson', 'application/geo+json'],
    ['/data/places.kml', 'application/vnd.google-earth.kml+xml'],
    ['/data/places.csv', 'text/csv'],
    ['/sitemap.xml', 'application/xml'],
    ['/robots.txt', 'text/plain'],
  ] as const) {
    const res = await raw(baseURL!, 'GET', path);
    expect(res.status, path).toBe(200);
    expect(res.headers['content-type'], path).toContain(type);
  }
});

test('an unknown address is a 404, in the language of its prefix', async ({ page }) => {
  for (const [path, title] of [
    ['/en/nothing-here', en.NotFound.title],
    ['/zh-hans/place/nowhere', '找不到页面'],
  ] as const) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(title);
  }
  await expectNotFoundInEveryLanguage(page, '/nothing-here');
});

test('with JavaScript off a page shows its panel and says the map needs JavaScript', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/en/region/hebei`);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(
    hebei.fullNames.en,
  );
  await expect(page.getByText(en.Map.noscript)).toBeVisible();
  await context.close();
});

test('a page runs under both policies: no violation, and the map draws its selection', async ({
  page,
  pageErrors,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  await page.goto('/place/tianjin-liaison-unit');
  await expect(page.locator('.leaflet-container path.region')).toHaveCount(10);
  await expect(page.locator('.office-marker.is-selected')).toHaveCount(1);
  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('no directory is listed', async ({ baseURL }) => {
  const res = await raw(baseURL!, 'GET', '/place/');
  expect(res.body).not.toMatch(/Index of/i);
});

test('each prefixed language has its own 404.html, and the host configs route to it', async () => {
  for (const [lang, title] of [
    ['en', en.NotFound.title],
    ['zh-hans', '找不到页面'],
  ] as const) {
    const html = readFileSync(`out/${lang}/404.html`, 'utf8');
    expect(html).toContain(`<html lang="${lang === 'en' ? 'en' : 'zh-Hans'}"`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>');
    expect(readFileSync('out/nginx.conf', 'utf8')).toContain(
      `location /${lang}/ {\n  error_page 404 /${lang}/404.html;`,
    );
    expect(readFileSync('out/_redirects', 'utf8')).toContain(`/${lang}/*  /${lang}/404.html  404`);
  }
});
