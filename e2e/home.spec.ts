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
  'a first visit fetches no other page before the visitor points at a link',
  { tag: '@map' },
  async ({ page }) => {
    const pageData: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).searchParams.has('_rsc')) pageData.push(request.url());
    });
    await page.goto('/');
    await mapReady(page);
    await page.waitForLoadState('networkidle');
    // Prefetching every link of the page (the brand, the place list, the article's names) cost
    // a phone dozens of requests while it loaded; a click still navigates in the app.
    expect(pageData).toEqual([]);
    await page.getByRole('navigation', { name: ui.Nav.label }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/(place|region)\//);
  },
);
