import { test, expect } from './fixtures';
import { hostileUrls } from './hostile-urls';

test('at least 100 hostile URLs, and none of them gets a 5xx', async ({ request }) => {
  expect(hostileUrls.length).toBeGreaterThanOrEqual(100);
  const failures: string[] = [];
  for (const url of hostileUrls) {
    const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    if (res.status() >= 500) failures.push(`${res.status()} ${url.slice(0, 120)}`);
  }
  expect(failures).toEqual([]);
});

// In the browser: a chunk of the list per test, so the two workers share them. Each URL is a
// full page load with the map, so a chunk gets more time than the default on a loaded 2-core
// CI machine (a chunk of ten once ran out of 30 s there).
const chunk = 5;
for (let start = 0; start < hostileUrls.length; start += chunk) {
  const urls = hostileUrls.slice(start, start + chunk);
  test(`hostile URLs ${start + 1}–${start + urls.length}: no page error, no dialog, nothing injected`, async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(90_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const url of urls) {
      const res = await page.goto(url);
      expect(res?.status() ?? 0, url).toBeLessThan(500);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      expect(await page.locator('img[src="x"], script:not([src]):text("alert")').count(), url).toBe(
        0,
      );
    }
    // Let the last page finish loading (its scripts run, the map reads the junk from the URL
    // and fetches what that asks for), then look for fallout.
    await page.waitForLoadState('networkidle');
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
