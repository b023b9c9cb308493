import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { places, regions } from './atlas';

const cities: { id: string }[] = JSON.parse(readFileSync('data/cities.json', 'utf8')).cities;
const network: { offices: { id: string }[]; liaisonUnits: { id: string }[] } = JSON.parse(
  readFileSync('data/mainland-offices.json', 'utf8'),
);
const networkPlaces = [...network.offices, ...network.liaisonUnits];

test('the sitemap lists every page in each language with its hreflang alternates', async ({
  request,
}) => {
  const res = await request.get('/sitemap.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/xml');
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  const xml = await res.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const pages = 1 + places.length + networkPlaces.length + regions.length + cities.length;
  expect(locs).toHaveLength(pages * 3);
  expect(new Set(locs).size).toBe(locs.length);
  // Absolute on the site's origin (the test server has no SITE_URL: localhost:3000).
  for (const loc of locs) expect(loc).toMatch(/^http:\/\/localhost:3000\//);
  expect(locs).toContain('http://localhost:3000/en/city/dalian');
  expect(locs).toContain('http://localhost:3000/zh-hans/region/hebei');
  expect(locs).toContain('http://localhost:3000/place/tianjin-liaison-unit');
  expect(locs).toContain('http://localhost:3000/en/place/guangdong-eto');
  expect(xml).toContain(
    '<xhtml:link rel="alternate" hreflang="zh-Hans" href="http://localhost:3000/zh-hans/city/dalian" />',
  );
  expect(xml).toContain(
    '<xhtml:link rel="alternate" hreflang="x-default" href="http://localhost:3000/city/dalian" />',
  );
  expect(xml).not.toContain('/embed/');
  // Each listed page is there.
  for (const loc of [locs[0]!, locs.at(-1)!]) {
    const page = await request.get(new URL(loc).pathname);
    expect(page.status(), loc).toBe(200);
  }
});

test('robots.txt points to the sitemap and keeps crawlers out of the embed view', async ({
  request,
}) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/plain');
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  const text = await res.text();
  expect(text).toContain('Sitemap: http://localhost:3000/sitemap.xml');
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toMatch(/^Disallow: \/embed\/$/m);
  expect(text).toMatch(/^Disallow: \/en\/embed\/$/m);
});
