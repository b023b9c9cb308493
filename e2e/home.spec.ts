import { test, expect } from './fixtures';
import { mapReady, ui } from './atlas';

test(
  'the home page names the office and shows the map, with the internet cut off',
  { tag: '@map' },
  async ({ page, pageErrors, blockedRequests }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    expect(response?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '香港特別行政區政府駐北京辦事處',
    );
    const map = page.getByRole('region', { name: ui.Map.label });
    await expect(map.locator('.leaflet-container')).toBeVisible();
    await expect(map.getByRole('button', { name: ui.Map.zoomIn })).toBeVisible();

    expect(pageErrors).toEqual([]);
    // Whatever the page tried to fetch off this machine was refused, and it still worked.
    expect(blockedRequests.every((url) => !url.startsWith('http://127.'))).toBe(true);
  },
);

test('a request to the internet from the page fails instead of leaving the machine', async ({
  page,
  blockedRequests,
}) => {
  await page.goto('/');
  // An image, as the tile layer loads them (the CSP allows the tile server for images only).
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const img = new Image();
        img.onload = () => resolve('reached');
        img.onerror = () => resolve('failed');
        img.src = 'https://tile.openstreetmap.org/0/0/0.png';
      }),
  );
  expect(outcome).toBe('failed');
  expect(blockedRequests).toContain('https://tile.openstreetmap.org/0/0/0.png');
});

test(
  'a first visit fetches no page data while it loads; once idle, the place list’s pages, and a click on one needs no request',
  { tag: '@map' },
  async ({ page }) => {
    const pageData: string[] = [];
    // The pages whose own part (not only the route) has arrived.
    const pagesIn = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.searchParams.has('_rsc')) pageData.push(url.pathname);
    });
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (request.headers()['next-router-segment-prefetch']?.endsWith('__PAGE__'))
        pagesIn.add(url.pathname);
    });
    await page.goto('/');
    await mapReady(page);
    const list = page.getByRole('navigation', { name: ui.Nav.label }).getByRole('link');
    const listed = await list.evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(listed.length).toBeGreaterThan(10);
    // Every page of the place list is fetched ahead, and no other (not the home page, whose
    // article is large, nor the article's names).
    await expect.poll(() => listed.filter((p) => !pagesIn.has(p)), { timeout: 20_000 }).toEqual([]);
    expect(pageData.filter((p) => !listed.includes(p))).toEqual([]);
    // Not while the page was loading: every such fetch started after the load event.
    const early = await page.evaluate(() => {
      const loaded = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance
        .getEntriesByType('resource')
        .filter((r) => r.name.includes('_rsc=') && r.startTime < loaded.loadEventEnd)
        .map((r) => r.name);
    });
    expect(early).toEqual([]);
    // A click on one is answered from what was fetched: the panel changes with no request.
    const before = pageData.length;
    await list.filter({ hasText: '吉林' }).click();
    await expect(page).toHaveURL(/\/region\/jilin$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/吉林/);
    expect(pageData.slice(before)).toEqual([]);
  },
);

test('a link pointed at has its page fetched ahead', { tag: '@map' }, async ({ page }) => {
  const pageData: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has('_rsc')) pageData.push(url.pathname);
  });
  await page.goto('/region/hebei?date=2004-05-26');
  await mapReady(page);
  // The brand goes home: a page nothing fetches ahead until the visitor points at it.
  const brand = page.locator('a.brand');
  await page.waitForLoadState('networkidle');
  expect(pageData).not.toContain('/');
  await brand.hover();
  await expect.poll(() => pageData).toContain('/');
  // Followed in the app (the map stays), keeping the date like any other link.
  const map = await page.locator('.leaflet-container').elementHandle();
  await brand.click();
  await expect(page).toHaveURL(/\/\?date=2004-05-26$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '香港特別行政區政府駐北京辦事處',
  );
  expect(await map?.evaluate((el) => el.isConnected)).toBe(true);
});
