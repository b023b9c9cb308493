import { test, expect } from './fixtures';
import { mapReady, panelHeading, places, regions, ui } from './atlas';

test.describe('selecting an office on the map', () => {
  for (const place of places) {
    test(
      `clicking the marker of ${place.id} opens its panel`,
      { tag: '@map' },
      async ({ page, pageErrors }) => {
        // Zoomed in on the place, where no other marker overlaps it.
        const [lng, lat] = place.position;
        await page.goto(`/?map=12/${lat}/${lng}`);
        const map = await mapReady(page);
        await map.getByRole('button', { name: place.shortNames['zh-Hant'], exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/place/${place.id}$`));
        await expect(panelHeading(page)).toHaveText(place.names['zh-Hant']);
        const panel = page.getByRole('main');
        await expect(panel.getByText(place.address.zh)).toBeVisible();
        await expect(panel.getByText(place.address.en)).toBeVisible();
        await expect(
          panel.getByText(/北緯[\d.]+°、東經[\d.]+° ± \d+ 米（衛星定位坐標）/),
        ).toBeVisible();
        await expect(panel.getByRole('heading', { name: ui.Panel.sources })).toBeVisible();
        await expect(panel.getByRole('heading', { name: ui.Panel.inArticle })).toBeVisible();
        // The selected office shows how uncertain its position is.
        await expect(map.locator('path.uncertainty')).toHaveCount(1);
        expect(pageErrors).toEqual([]);
      },
    );
  }
});

test.describe('selecting a province on the map', () => {
  for (const region of regions) {
    test(`clicking inside ${region.id} opens its panel`, { tag: '@map' }, async ({ page }) => {
      const [lng, lat] = region.labelPoint;
      // Centre the map on the region's label point, which lies inside its polygon, and click there.
      await page.goto(`/?map=8/${lat.toFixed(3)}/${lng.toFixed(3)}`);
      const map = await mapReady(page);
      const box = (await map.locator('.leaflet-container').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page).toHaveURL(new RegExp(`/region/${region.id}$`));
      await expect(panelHeading(page)).toHaveText(region.fullNames['zh-Hant']);
      await expect(page.getByRole('main').getByText(/km²/).first()).toBeVisible();
      await expect(map.locator(`path.region-${region.id}`)).toHaveAttribute('stroke-width', '3');
    });
  }
});

test(
  'selecting the Beijing office highlights all ten provinces it covers',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/place/beijing-office');
    const map = await mapReady(page);
    await expect(map.locator('path.region[fill-opacity="0.4"]')).toHaveCount(10);
    await expect(page.getByRole('main').getByText('10 個省份：')).toBeVisible();
  },
);

test('Liaoning shows the Shenyang unit; Tianjin shows its unit and the 2004 Hong Kong week', async ({
  page,
}) => {
  await page.goto('/region/liaoning');
  const panel = page.getByRole('main');
  await expect(panel.getByRole('link', { name: '駐遼寧聯絡處' }).first()).toBeVisible();
  await page.goto('/region/tianjin');
  await expect(panel.getByRole('link', { name: '駐天津聯絡處' }).first()).toBeVisible();
  await expect(panel.getByText('「2004天津·香港周」', { exact: true })).toBeVisible();
  await expect(panel.locator('mark', { hasText: '天津' }).first()).toBeVisible();
});

test('the place list selects, and marks the selection as current', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: ui.Nav.label });
  await nav.getByRole('link', { name: '黑龍江' }).click();
  await expect(page).toHaveURL(/\/region\/heilongjiang$/);
  await expect(nav.getByRole('link', { name: '黑龍江' })).toHaveAttribute('aria-current', 'page');
  // From one selection to the next the list stays (only its mark moves), so a focused link or
  // a screen reader's place in it is not lost.
  const list = await nav.elementHandle();
  await nav.getByRole('link', { name: '天津', exact: true }).click();
  await expect(page).toHaveURL(/\/region\/tianjin$/);
  await expect(nav.getByRole('link', { name: '天津', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  expect(await list?.evaluate((el) => el.isConnected)).toBe(true);
  await page.getByRole('link', { name: ui.Panel.closeLabel }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('names of provinces in the article select them on the map', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('main')
    .locator('a.map-link')
    .filter({ hasText: /^遼寧$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/region\/liaoning$/);
  await expect(panelHeading(page)).toHaveText('遼寧省');
});

test(
  'with the tile server unreachable the offline basemap, regions and markers still work',
  { tag: '@map' },
  async ({ page, blockedRequests }) => {
    await page.goto('/?layers=osm');
    const map = await mapReady(page);
    await expect(map.getByText(ui.Map.tilesFailed)).toBeVisible();
    await expect(map.getByRole('button', { name: '駐京辦', exact: true })).toBeVisible();
    await expect(map.locator('path.leaflet-interactive').first()).toBeVisible();
    // Its attribution shows while the layer is on.
    await expect(map.getByRole('link', { name: 'OpenStreetMap' })).toBeVisible();
    expect(blockedRequests.some((u) => u.includes('tile.openstreetmap.org'))).toBe(true);
  },
);

test('a place panel reads fine with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/place/tianjin-liaison-unit');
  await expect(panelHeading(page)).toHaveText('香港特別行政區政府駐天津聯絡處');
  await expect(page.getByRole('main').getByText('2017年2月17日').first()).toBeVisible();
  // The map's box says the map needs scripts, and not that it is loading.
  await expect(page.getByText(ui.Map.noscript)).toBeVisible();
  await expect(page.getByText(ui.Map.loading)).toBeHidden();
  await context.close();
});

test('screenshots at 1280×800 and 390×844', { tag: '@map' }, async ({ page }, testInfo) => {
  // Six pages, each until its map is drawn.
  test.setTimeout(90_000);
  for (const [name, size] of [
    ['desktop', { width: 1280, height: 800 }],
    ['mobile', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    for (const path of ['/', '/place/tianjin-liaison-unit', '/region/liaoning']) {
      await page.goto(path);
      await mapReady(page);
      const file = testInfo.outputPath(`${name}${path.replaceAll('/', '_')}.png`);
      await page.screenshot({ path: file });
      await testInfo.attach(`${name} ${path}`, { path: file, contentType: 'image/png' });
      // No sideways scroll on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  }
});
