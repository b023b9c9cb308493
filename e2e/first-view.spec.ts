import type { Browser, Page } from '@playwright/test';
import { expect, isLoopbackHost, test } from './fixtures';
import { mapReady, panelHeading } from './atlas';

type Spot = { key: string; x: number; y: number };

/** Centres of the offices (by name) and province names (by id), px in the map's box. */
async function spots(page: Page, markers: string, labels: string): Promise<Spot[]> {
  return page.evaluate(
    ([markers, labels]) => {
      const box = document.querySelector('.map-canvas')!.getBoundingClientRect();
      const centre = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x: r.x - box.x + r.width / 2, y: r.y - box.y + r.height / 2 };
      };
      const shown = (e: Element) => (e as HTMLElement).checkVisibility();
      return [
        ...[...document.querySelectorAll(markers!)].filter(shown).map((e) => ({
          key: `office ${e.querySelector('.sr-only')?.textContent}`,
          ...centre(e),
        })),
        ...[...document.querySelectorAll(labels!)].filter(shown).map((e) => ({
          key: `name ${e.querySelector('[data-region]')?.getAttribute('data-region')}`,
          ...centre(e),
        })),
      ].sort((a, b) => a.key.localeCompare(b.key));
    },
    [markers, labels],
  );
}

/** The first view as a browser without scripts shows it (it stays: nothing takes over). */
async function drawnByServer(browser: Browser, path: string, width: number, height: number) {
  const context = await browser.newContext({
    viewport: { width, height },
    javaScriptEnabled: false,
  });
  await context.route('**/*', (route) =>
    isLoopbackHost(new URL(route.request().url()).hostname)
      ? route.continue()
      : route.abort('internetdisconnected'),
  );
  const page = await context.newPage();
  await page.goto(path);
  const found = await spots(page, '.fv-marker', '.fv-label');
  await context.close();
  return found;
}

// Sizes giving zooms 3 (a phone), 4 (a laptop) and 4 with the view held inside the basemap's
// frame (a map box wider than the frame at that zoom), and 5; English names are Latin text,
// which the server cannot measure (both lay the names out by the same estimate).
for (const [path, width, height] of [
  ['/', 390, 844],
  ['/', 1280, 800],
  ['/', 1700, 900],
  ['/', 1920, 1080],
  ['/en', 390, 844],
  ['/en', 1280, 800],
] as const) {
  test(`${path} at ${width}×${height}: the server's first view has every office and name where Leaflet then draws it`, async ({
    browser,
    page,
  }) => {
    const before = await drawnByServer(browser, path, width, height);
    await page.setViewportSize({ width, height });
    await page.goto(path);
    await mapReady(page, path === '/en' ? 'Map' : undefined);
    const after = await spots(
      page,
      '.leaflet-container .office-marker',
      '.leaflet-container .region-label',
    );
    expect(before.map((s) => s.key)).toEqual(after.map((s) => s.key));
    expect(before.filter((s) => s.key.startsWith('office'))).toHaveLength(4);
    for (const [i, s] of before.entries()) {
      expect.soft(Math.abs(s.x - after[i]!.x), `${s.key} x`).toBeLessThanOrEqual(1.5);
      expect.soft(Math.abs(s.y - after[i]!.y), `${s.key} y`).toBeLessThanOrEqual(1.5);
    }
  });
}

test('a tap on an office the moment the page shows opens its panel, and the live map frames it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  // The Tianjin unit's marker, where the server drew it: whichever map is on top by the time
  // of the tap (the first view, or Leaflet having taken over) has it under the finger.
  const box = await page.evaluate(() => {
    const e = [...document.querySelectorAll('.fv-marker[title="駐天津聯絡處"]')].find((x) =>
      (x as HTMLElement).checkVisibility(),
    );
    const r = e?.getBoundingClientRect();
    return r && { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  expect(box, 'the first view shows the Tianjin unit').toBeTruthy();
  await page.mouse.click(box!.x, box!.y);
  await expect(page).toHaveURL(/\/place\/tianjin-liaison-unit$/);
  await expect(panelHeading(page)).toHaveText('香港特別行政區政府駐天津聯絡處');
  const map = await mapReady(page);
  await expect(map.locator('.office-marker.is-selected')).toHaveCount(1);
  await expect(page.locator('.first-view')).toBeHidden();
});

test('without any input, Leaflet takes over from the first view, which then goes', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.first-view')).toBeVisible();
  await mapReady(page);
  await expect(page.locator('.first-view')).toBeHidden();
});

test('a shared view in the query is not shown as the default one: the first view stands aside', async ({
  page,
}) => {
  await page.goto('/?map=6/40.1/116.4');
  await expect(page.locator('.map-canvas')).toHaveAttribute('data-first-view', 'off');
  await mapReady(page);
  await expect(page).toHaveURL(/map=6\/40\.1\/116\.4/);
});

test('an office focused in the first view keeps the focus when Leaflet takes over', async ({
  page,
}) => {
  await page.goto('/');
  // Focused as a keyboard user reaches it (the page has loaded; Leaflet takes over from 3 s on).
  const office = page.locator('.first-view .fv-marker').filter({ visible: true }).first();
  await office.focus();
  await expect(office).toBeFocused();
  const title = await office.getAttribute('title');
  await mapReady(page);
  await expect(page.locator(`.leaflet-container .office-marker[title="${title}"]`)).toBeFocused();
});

test('a tap on a province shape in the first view selects the province', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  // A point of 河北's shape with nothing drawn over it, found where the server drew it.
  const spot = await page.evaluate(() => {
    const shape = document.querySelector('.first-view [data-select="region:hebei"]');
    const r = shape?.getBoundingClientRect();
    if (!r) return null;
    for (let y = r.top + 2; y < r.bottom; y += 3)
      for (let x = r.left + 2; x < r.right; x += 3)
        if (document.elementFromPoint(x, y) === shape) return { x, y };
    return null;
  });
  expect(spot, 'the first view shows 河北 with a free point').toBeTruthy();
  await page.mouse.click(spot!.x, spot!.y);
  await expect(page).toHaveURL(/\/region\/hebei$/);
  await expect(panelHeading(page)).toHaveText('河北省');
});
