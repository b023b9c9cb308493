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

test('where the map is small the legend is one line, its title and the date, and opens on demand @map', async ({
  page,
}) => {
  const legend = page.getByRole('group', { name: 'Legend' });
  const line = legend.locator('.legend-fold > summary');
  // 1024×700: the map beside the panel is 604×630.
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/en/region/liaoning?date=2010-01-01');
  await mapReady(page, 'Map');
  await expect(line).toHaveText('Legend · January 1, 2010');
  expect((await legend.boundingBox())!.height).toBeLessThan(48);
  await expect(legend.getByRole('slider')).toBeHidden();
  await expect.poll(() => namesUnderControls(page)).toEqual([]);
  await line.click();
  await expect(legend.getByRole('slider')).toBeVisible();
  await expect(legend.getByRole('checkbox', { name: 'OpenStreetMap tiles' })).toBeVisible();
  // On a large map the line goes and the legend is open.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/region/liaoning');
  await mapReady(page, 'Map');
  await expect(line).toBeHidden();
  await expect(legend.getByRole('slider')).toBeVisible();
});
