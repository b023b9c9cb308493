import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

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
export type Messages = typeof import('../lib/i18n/messages/en.json');
/** The UI's words in the default language, zh-Hant, as the app's message file has them. */
export const ui: Messages = JSON.parse(readFileSync('lib/i18n/messages/zh-Hant.json', 'utf8'));

export const places: TestPlace[] = JSON.parse(readFileSync('data/places.json', 'utf8')).places;
export const regions: TestRegion[] = JSON.parse(readFileSync('data/regions.json', 'utf8')).regions;

/**
 * The map region, and the map inside it once Leaflet and the basemap have loaded. `label` is
 * the region's name in the page's language.
 */
export async function mapReady(page: Page, label = ui.Map.label) {
  const map = page.getByRole('region', { name: label });
  await expect(map.locator('.leaflet-container')).toBeVisible();
  await expect(map.locator('path.region')).toHaveCount(10);
  // The context layers and the water come a task each after the provinces.
  await expect(map.locator('.leaflet-container')).toHaveAttribute('data-basemap', 'drawn');
  return map;
}

/** The selection panel's heading. */
export function panelHeading(page: Page) {
  return page.getByRole('main').getByRole('heading', { level: 1 });
}

/**
 * Whether a user sees `locator` and can hit it: its centre is in the viewport and nothing (on a
 * phone, the map that stays at the top) lies over it there.
 */
export function uncovered(locator: Locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit != null && el.contains(hit);
  });
}

const enWords: Messages = JSON.parse(readFileSync('lib/i18n/messages/en.json', 'utf8'));

/**
 * `url` (no language prefix, so the language is unknown) is a 404 whose page speaks all three
 * languages: zh-Hant, zh-Hans, English.
 */
export async function expectNotFoundInEveryLanguage(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText([
    ui.NotFound.title,
    '找不到页面',
    enWords.NotFound.title,
  ]);
}
