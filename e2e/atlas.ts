import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

type Names = { 'zh-Hant': string; 'zh-Hans': string; en: string };
export type TestPlace = {
  id: string;
  names: Names;
  shortNames: Names;
  address: { zh: string; en: string };
  position: [number, number];
};
export type TestRegion = {
  id: string;
  names: Names;
  fullNames: Names;
  labelPoint: [number, number];
};

/** The app's own data files: the tests check the page against them, not against copies. */
export const places: TestPlace[] = JSON.parse(readFileSync('data/places.json', 'utf8')).places;
export const regions: TestRegion[] = JSON.parse(readFileSync('data/regions.json', 'utf8')).regions;

/** The map region, and the map inside it once Leaflet and the basemap have loaded. */
export async function mapReady(page: Page) {
  const map = page.getByRole('region', { name: 'Map' });
  await expect(map.locator('.leaflet-container')).toBeVisible();
  await expect(map.locator('path.region')).toHaveCount(10);
  return map;
}

/** The selection panel's heading. */
export function panelHeading(page: Page) {
  return page.getByRole('main').getByRole('heading', { level: 1 });
}
