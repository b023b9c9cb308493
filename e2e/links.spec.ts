import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { mapReady, panelHeading, places, regions, ui } from './atlas';

const selections = [
  ...places.map((p) => ({
    path: `/place/${p.id}`,
    heading: p.names['zh-Hant'],
    label: p.shortNames['zh-Hant'],
  })),
  ...regions.map((r) => ({
    path: `/region/${r.id}`,
    heading: r.fullNames['zh-Hant'],
    label: r.names['zh-Hant'],
  })),
];

/**
 * Where the four office markers sit on screen (Leaflet places them even off-screen): the same
 * view means the same pixels, to within the 1 px that rounding the URL's coordinates can move.
 */
async function viewFingerprint(page: Page) {
  const markers = page.locator('.office-marker');
  await expect(markers).toHaveCount(4);
  const boxes = await markers.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y];
    }),
  );
  return boxes.flat();
}

function samePixels(a: number[], b: number[]) {
  return a.length === b.length && a.every((v, i) => Math.abs(v - b[i]!) <= 1.5);
}

async function dragMap(page: Page, dx: number, dy: number) {
  const box = (await page.locator('.leaflet-container').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 4 });
  await page.mouse.up();
}

for (const s of selections) {
  test(
    `a shared link to ${s.path} reopens the same panel and view`,
    { tag: '@map' },
    async ({ page, browser }) => {
      await page.goto('/');
      await mapReady(page);
      await page
        .getByRole('navigation', { name: ui.Nav.label })
        .getByRole('link', { name: s.label, exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`${s.path}$`));
      await expect(panelHeading(page)).toHaveText(s.heading);
      await dragMap(page, -120, 60);
      await expect(page).toHaveURL(
        new RegExp(`${s.path}\\?map=\\d+(\\.\\d+)?/-?[\\d.]+/-?[\\d.]+$`),
      );
      const shared = page.url();
      const seen = await viewFingerprint(page);

      const other = await browser.newContext({ viewport: page.viewportSize()! });
      const fresh = await other.newPage();
      await fresh.goto(shared);
      await mapReady(fresh);
      await expect(panelHeading(fresh)).toHaveText(s.heading);
      await expect.poll(async () => samePixels(await viewFingerprint(fresh), seen)).toBe(true);
      expect(fresh.url()).toBe(shared);
      await other.close();

      await page.reload();
      await mapReady(page);
      await expect.poll(async () => samePixels(await viewFingerprint(page), seen)).toBe(true);
      expect(page.url()).toBe(shared);
    },
  );
}

test(
  'Back and Forward walk through selections; panning adds no history',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/');
    await mapReady(page);
    const nav = page.getByRole('navigation', { name: ui.Nav.label });
    await nav.getByRole('link', { name: '遼寧', exact: true }).click();
    await expect(panelHeading(page)).toHaveText('遼寧省');
    await dragMap(page, 80, 0);
    await expect(page).toHaveURL(/\/region\/liaoning\?map=/);
    await nav.getByRole('link', { name: '駐天津聯絡處', exact: true }).click();
    await expect(panelHeading(page)).toHaveText('香港特別行政區政府駐天津聯絡處');
    await page.goBack();
    await expect(page).toHaveURL(/\/region\/liaoning/);
    await expect(panelHeading(page)).toHaveText('遼寧省');
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(panelHeading(page)).toHaveText('香港特別行政區政府駐北京辦事處');
    await page.goForward();
    await expect(panelHeading(page)).toHaveText('遼寧省');
  },
);

test('the layer choice is part of the link', { tag: '@map' }, async ({ page }) => {
  await page.goto('/region/jilin');
  await mapReady(page);
  await page.getByRole('checkbox', { name: ui.Legend.tiles }).check();
  await expect(page).toHaveURL(/\/region\/jilin\?layers=osm$/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: ui.Legend.tiles })).toBeChecked();
  await page
    .getByRole('navigation', { name: ui.Nav.label })
    .getByRole('link', { name: '甘肅', exact: true })
    .click();
  await expect(page).toHaveURL(/\/region\/gansu\?layers=osm$/);
});

test(
  'a link copied or opened in a new tab keeps the date, layers and view on screen',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/region/hebei?date=2010-01-01');
    await mapReady(page);
    const nav = page.getByRole('navigation', { name: ui.Nav.label });
    const gansu = nav.getByRole('link', { name: '甘肅', exact: true });
    // Not pointed at, not focused: its href is already where a click goes.
    await expect(gansu).toHaveAttribute('href', '/region/gansu?date=2010-01-01');
    // The layers change: every link follows, in one pass.
    // A click, as a user makes it: the box shows the address's layers once it has them.
    const tiles = page.getByRole('checkbox', { name: ui.Legend.tiles });
    await tiles.click();
    await expect(tiles).toBeChecked();
    await expect(page).toHaveURL(/layers=osm/);
    await expect(gansu).toHaveAttribute('href', '/region/gansu?layers=osm&date=2010-01-01');
    // The language links keep the view once a move has been written to the address.
    await dragMap(page, 80, 0);
    await expect(page).toHaveURL(/map=/);
    const view = new URL(page.url()).searchParams.get('map')!;
    const english = page.getByRole('link', { name: 'English' });
    await expect(english).toHaveAttribute('href', new RegExp(`^/en/region/hebei\\?.*map=${view}`));
  },
);

test(
  "the embed's way out keeps its language, date and view in its href",
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/en/embed/region/hebei?date=2018-01-01&map=7/39.000/116.000');
    await mapReady(page, 'Map');
    await expect(page.locator('.embed-view a')).toHaveAttribute(
      'href',
      '/en/region/hebei?map=7/39.000/116.000&date=2018-01-01',
    );
  },
);
