import { test, expect } from './fixtures';
import { mapReady, panelHeading, ui } from './atlas';

test('Share copies the link to what is on screen and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/region/gansu?layers=osm');
  await mapReady(page);
  // Headless Chromium has no share sheet, so this is the clipboard path.
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.getByRole('button', { name: ui.Share.share }).click();
  await expect(page.getByRole('status').filter({ hasText: ui.Share.copied })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('Embed offers an iframe of the embed view, which shows the map without the site chrome', async ({
  page,
}) => {
  await page.goto('/place/liaoning-liaison-unit');
  await page.getByRole('button', { name: ui.Share.embed }).click();
  const snippet = await page.getByLabel(ui.Share.embedLabel).inputValue();
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
});

test('an unknown place is a real 404 with a way back to the map', async ({ page }) => {
  const paths = ['/place/nowhere', '/region/hubei', '/embed/region/hubei', '/no/such/page'];
  for (const path of [...paths, '/en/place/nowhere', '/zh-hans/region/hubei', '/fr']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    // The language of a bad address is not known, so the page says it in all three.
    await expect(page.getByRole('heading', { level: 1, name: ui.NotFound.title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  }
  await page.getByRole('link', { name: ui.NotFound.back }).click();
  await expect(panelHeading(page)).toHaveText('香港特別行政區政府駐北京辦事處');
});

test('Download PNG saves the current view as a PNG image', async ({ page }) => {
  await page.goto('/region/ningxia');
  await mapReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: ui.Map.download }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('bjo-atlas-region-ningxia.png');
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(path!);
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(400); // width in px
  expect(bytes.length).toBeGreaterThan(10_000); // it has the map drawn, not a blank frame
});

for (const path of ['/place/tianjin-liaison-unit', '/place/beijing-office', '/region/beijing']) {
  test(`printing ${path} puts the map and its panel on one A4 page`, async ({ page }) => {
    await page.goto(path);
    await mapReady(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: ui.Share.share })).toBeHidden();
    await expect(page.locator('.leaflet-container')).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });
}
