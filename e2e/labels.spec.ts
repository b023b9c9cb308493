import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { mapReady } from './atlas';

/**
 * How many names on the map (province and city names that are shown) have a box that meets a
 * control's: the zoom buttons, the scale, the tools, the PNG button, the legend.
 */
function namesUnderControls(page: Page) {
  return page.evaluate(() => {
    const region = document.querySelector('.map-region')!;
    const controls = [
      ...region.querySelectorAll('.leaflet-control, .map-tools, .map-download, .map-legend'),
    ]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const names = [...region.querySelectorAll('.region-label-text, .city-label-text')].filter(
      (el) => getComputedStyle(el).visibility === 'visible',
    );
    return names
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return controls.some(
          (c) => r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom,
        );
      })
      .map((el) => el.textContent);
  });
}

for (const { name, viewport, path } of [
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 }, path: '/en/region/liaoning' },
  { name: 'phone 390×844', viewport: { width: 390, height: 844 }, path: '/en/region/liaoning' },
  {
    name: 'embed 800×500',
    viewport: { width: 800, height: 500 },
    path: '/en/embed/region/liaoning',
  },
]) {
  test(
    `${name}: no name on the map sits under a control or the legend`,
    { tag: '@map' },
    async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await mapReady(page, 'Map');
      // Liaoning is framed at a zoom that names its cities: wait for them and the controls.
      await expect(page.locator('.city-label').first()).toBeAttached();
      await expect(page.locator('.leaflet-control-zoom')).toBeVisible();
      await expect.poll(() => namesUnderControls(page)).toEqual([]);
      // Some names are shown: the map was not emptied to pass.
      await expect(page.locator('.city-label:not(.is-under-control)').first()).toBeVisible();
    },
  );
}
