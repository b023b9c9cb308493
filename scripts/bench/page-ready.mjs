// What the app's pages are made of, for the bench: the pages it measures and when the map is
// drawn (Leaflet's container and the ten provinces, as the e2e tests wait for it).

export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'place', path: '/place/tianjin-liaison-unit' },
];

export const GEOMETRY_PATH = '/data/geo.topo.json';

/** @param {import('@playwright/test').Page} page */
export async function mapDrawn(page) {
  await page.locator('.leaflet-container').waitFor({ timeout: 20_000 });
  await page.locator('path.region').nth(9).waitFor({ state: 'attached', timeout: 20_000 });
}
