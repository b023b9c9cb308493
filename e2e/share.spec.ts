import { test, expect } from './fixtures';
import { mapReady, panelHeading, ui } from './atlas';

test(
  'Share copies the link to what is on screen and says so',
  { tag: '@map' },
  async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/region/gansu?layers=osm');
    await mapReady(page);
    // Headless Chromium has no share sheet, so this is the clipboard path.
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.getByRole('button', { name: ui.Share.share }).click();
    await expect(page.getByRole('status').filter({ hasText: ui.Share.copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  },
);

test(
  'Embed offers an iframe of the embed view, which shows the map without the site chrome',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/place/liaoning-liaison-unit');
    await page.getByRole('button', { name: ui.Share.embed }).click();
    const snippet = await page.getByRole('textbox', { name: ui.Share.embedLabel }).inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
    expect(new URL(src).pathname).toBe('/embed/place/liaoning-liaison-unit');

    const res = await page.goto(new URL(src).pathname);
    expect(res?.headers()['content-security-policy']).toContain('frame-ancestors *');
    await mapReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '香港特別行政區政府駐遼寧聯絡處',
    );
    await expect(page.getByRole('link', { name: 'BJO Atlas', exact: true })).toBeHidden();
    await expect(page.getByRole('navigation', { name: ui.Nav.label })).toHaveCount(0);
    await expect(page.getByRole('link', { name: ui.Share.open })).toHaveAttribute(
      'href',
      '/place/liaoning-liaison-unit',
    );
    // Selecting inside the embed stays in the embed view.
    await page.goto('/embed?map=6/40.000/117.000');
    await mapReady(page);
    await page
      .getByRole('region', { name: ui.Map.label })
      .getByRole('button', { name: '駐天津聯絡處', exact: true })
      .click();
    await expect(page).toHaveURL(/\/embed\/place\/tianjin-liaison-unit$/);
  },
);

test('an unknown place is a real 404 with a way back to the map', async ({ page }) => {
  const paths = ['/place/nowhere', '/region/hubei', '/embed/region/hubei', '/fr', '/no/such/page'];
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    // Without a language prefix the address's language is not known: the page says it in all three.
    await expect(page.getByRole('heading', { level: 1, name: ui.NotFound.title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  }
  // Under a language prefix it speaks that language (e2e/words.spec.ts checks the words).
  for (const path of ['/en/place/nowhere', '/zh-hans/region/hubei']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
  await page.goto('/no/such/page');
  await page.getByRole('link', { name: ui.NotFound.back }).click();
  await expect(panelHeading(page)).toHaveText('香港特別行政區政府駐北京辦事處');
});

for (const path of ['/place/tianjin-liaison-unit', '/place/beijing-office', '/region/beijing']) {
  test(
    `printing ${path} puts title, link, map, legend and panel on one A4 page`,
    { tag: '@map' },
    async ({ page }) => {
      await page.goto(`${path}?date=2018-01-01`);
      await mapReady(page);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: ui.Share.share })).toBeHidden();
      await expect(page.locator('.leaflet-container')).toBeVisible();
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      // The title and the link that reopens this view, as text.
      await expect(page.locator('.print-header')).toBeVisible();
      await expect(page.locator('.print-url')).toHaveText(page.url());
      // The legend is under the map, not over the jurisdiction.
      const map = (await page.locator('.map-canvas').boundingBox())!;
      const legend = (await page.locator('.map-legend').boundingBox())!;
      expect(legend.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      for (const landscape of [false, true]) {
        const pdf = await page.pdf({ format: 'A4', landscape, printBackground: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages, landscape ? 'landscape' : 'portrait').toHaveLength(1);
      }
    },
  );
}

test(
  'printing the home page puts the whole jurisdiction on paper, legend under the map',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/');
    await mapReady(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-url')).toHaveText(page.url());
    const map = (await page.locator('.map-canvas').boundingBox())!;
    const legend = (await page.locator('.map-legend').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    // Xinjiang in the west, Heilongjiang in the east.
    for (const id of ['xinjiang', 'heilongjiang']) {
      await expect
        .poll(
          async () => {
            const b = (await page.locator(`path.region-${id}`).boundingBox())!;
            return b.x >= map.x - 1 && b.x + b.width <= map.x + map.width + 1;
          },
          { message: id },
        )
        .toBe(true);
    }
  },
);
