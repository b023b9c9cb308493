import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { mapReady, panelHeading, ui } from './atlas';

/**
 * The URL is the one shareable state: whatever link a person follows inside the app keeps the
 * layers and the timeline date they set, and Back and Forward bring back what they saw.
 */
const STATE = 'date=2010-01-01&layers=osm';
const keeps = (path: string) => new RegExp(`${path}\\?(map=[^&]+&)?layers=osm&date=2010-01-01$`);

async function open(page: Page, path: string) {
  await page.goto(`${path}?${STATE}`);
  await mapReady(page);
  // The app's link listener is live once the page has hydrated: the controls are enabled.
  await expect(page.getByRole('checkbox', { name: ui.Legend.tiles })).toBeChecked();
}

test('every kind of in-app link keeps the date and the layers', async ({ page }) => {
  // A name in the article.
  await open(page, '/');
  await page.getByRole('main').locator('a.map-link', { hasText: '天津' }).first().click();
  await expect(page).toHaveURL(keeps('/(place|region)/[a-z-]+'));

  // A link in a panel: the place's province.
  await open(page, '/place/tianjin-liaison-unit');
  await page
    .getByRole('main')
    .getByRole('article')
    .getByRole('link', { name: '天津', exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(keeps('/region/tianjin'));
  await expect(panelHeading(page)).toHaveText('天津市');

  // The place list.
  await page
    .getByRole('navigation', { name: ui.Nav.label })
    .getByRole('link', { name: '甘肅', exact: true })
    .click();
  await expect(page).toHaveURL(keeps('/region/gansu'));

  // Close, then Escape.
  await page.getByRole('link', { name: ui.Panel.closeLabel }).click();
  await expect(page).toHaveURL(keeps('/'));
  await page
    .getByRole('navigation', { name: ui.Nav.label })
    .getByRole('link', { name: '吉林', exact: true })
    .click();
  await expect(page).toHaveURL(keeps('/region/jilin'));
  await page.locator('body').press('Escape');
  await expect(page).toHaveURL(keeps('/'));

  // The language switch keeps the view too.
  await open(page, '/region/hebei');
  await page.getByRole('link', { name: 'EN English' }).click();
  await expect(page).toHaveURL(keeps('/en/region/hebei'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test(
  "the embed's way out to the atlas keeps view, layers, date and language",
  { tag: '@map' },
  async ({ page }) => {
    await page.goto(`/en/embed/region/hebei?map=6/39.000/116.000&${STATE}`);
    await mapReady(page, 'Map');
    const out = page.getByRole('link', { name: /BJO Atlas/ });
    await out.hover();
    await expect(out).toHaveAttribute(
      'href',
      '/en/region/hebei?map=6/39.000/116.000&layers=osm&date=2010-01-01',
    );
  },
);

/** The view once the URL and the office marker's place have stayed the same for 0.7 s. */
async function settledView(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = `${page.url()} ${await viewOf(page)}`;
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [700] },
    )
    .toBe(true);
  return viewOf(page);
}

async function viewOf(page: Page) {
  return page.evaluate(() => {
    const marker = document.querySelector('.office-marker');
    const r = marker!.getBoundingClientRect();
    return `${Math.round(r.x)},${Math.round(r.y)}`;
  });
}

test(
  'Back and Forward bring back each entry’s view, also after zooming by hand',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/');
    await mapReady(page);
    const nav = page.getByRole('navigation', { name: ui.Nav.label });
    await nav.getByRole('link', { name: '駐京辦', exact: true }).click();
    await expect(panelHeading(page)).toHaveText('香港特別行政區政府駐北京辦事處');
    // The panel can paint before the map has framed the office: wait for the view to settle.
    const officeView = await settledView(page);

    await nav.getByRole('link', { name: '新疆', exact: true }).click();
    await expect(panelHeading(page)).toHaveText('新疆維吾爾自治區');
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, -300);
    await expect(page).toHaveURL(/\/region\/xinjiang\?map=/);
    // The wheel zoom animates and the URL is written throttled: wait until both have settled.
    const zoomedView = await settledView(page);
    const zoomedUrl = page.url();

    await page.goBack();
    await expect(page).toHaveURL(/\/place\/beijing-office$/);
    await expect(panelHeading(page)).toHaveText('香港特別行政區政府駐北京辦事處');
    await expect.poll(() => viewOf(page)).toBe(officeView);

    await page.goForward();
    await expect(page).toHaveURL(zoomedUrl);
    await expect(panelHeading(page)).toHaveText('新疆維吾爾自治區');
    await expect.poll(() => viewOf(page)).toBe(zoomedView);
  },
);

test(
  'panning lays out no symbol again and re-renders nothing of the map but the view sync',
  { tag: '@map' },
  async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __bjoRenders: Record<string, number> }).__bjoRenders = {};
    });
    await page.goto('/region/liaoning?date=2010-01-01');
    await mapReady(page);
    const renders = () =>
      page.evaluate(() => ({
        ...(window as unknown as { __bjoRenders: Record<string, number> }).__bjoRenders,
      }));
    // Liaoning is framed at a zoom with cities: they come once the page is idle, and lay the
    // symbols out once more. Panning starts when they are in.
    await expect(page.locator('.city-label').first()).toBeAttached();
    await expect.poll(async () => (await renders()).layout ?? 0).toBeGreaterThan(0);
    const before = await renders();
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    // Grab the map away from its symbols (a drag that starts on a marker does not pan).
    const x = map.x + map.width * 0.6;
    const y = map.y + map.height * 0.6;
    expect(
      await page.evaluate(
        ([px, py]) =>
          document.elementFromPoint(px!, py!)?.closest('.leaflet-marker-icon, .leaflet-control'),
        [x, y],
      ),
    ).toBeNull();
    for (let i = 0; i < 20; i++) {
      const dx = i % 2 ? 60 : -60;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y + 20, { steps: 3 });
      await page.mouse.up();
      await expect(page).toHaveURL(/map=/);
    }
    // The last throttled URL write has landed: the view sync saw it.
    await expect
      .poll(async () => (await renders()).viewSync ?? 0)
      .toBeGreaterThan(before.viewSync ?? 0);
    const after = await renders();
    // The map's React shell did not render, and the controller did not lay the symbols out.
    expect(after.map).toBe(before.map);
    expect(after.layout).toBe(before.layout);
  },
);
