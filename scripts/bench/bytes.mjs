// What a first visit transfers, as Chromium received it (a fresh context, so no cache):
// the HTML document, the scripts before the `load` event (first-load JavaScript), the
// scripts after it (the lazily loaded map), and the geometry the map fetches.
// Sizes are `response.request().sizes().responseBodySize`: the body bytes as they came over
// the wire (compressed when the server compressed), headers not counted.
import { loopbackOnly } from './browser.mjs';

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ geometryPath: string, settle: (page: import('@playwright/test').Page) => Promise<void> }} opts
 */
export async function measureBytes(browser, url, { geometryPath, settle }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await loopbackOnly(context);
  const page = await context.newPage();
  /** @type {{ url: string, type: string, afterLoad: boolean, done: Promise<any> }[]} */
  const seen = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.on('response', (response) => {
    const request = response.request();
    // sizes() resolves when the body has finished loading.
    const done = Promise.all([request.sizes(), response.headerValue('content-encoding')]).catch(
      () => null,
    );
    seen.push({
      url: response.url(),
      type: request.resourceType(),
      status: response.status(),
      afterLoad: loaded,
      done,
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  await page.waitForLoadState('networkidle');
  const rows = await Promise.all(
    seen.map(async (r) => {
      const [sizes, encoding] = (await r.done) ?? [null, null];
      return {
        ...r,
        done: undefined,
        bytes: sizes?.responseBodySize ?? null,
        encoding: encoding ?? 'identity',
      };
    }),
  );
  await context.close();

  const sum = (list) => list.reduce((t, r) => t + (r.bytes ?? 0), 0);
  const pick = (list) =>
    list.map(({ url: u, bytes, encoding }) => ({ url: new URL(u).pathname, bytes, encoding }));
  const scripts = rows.filter((r) => r.type === 'script');
  const before = scripts.filter((r) => !r.afterLoad);
  const after = scripts.filter((r) => r.afterLoad);
  const doc = rows.find((r) => r.type === 'document');
  const geometry = rows.filter((r) => new URL(r.url).pathname === geometryPath);
  return {
    firstLoadJs: { bytes: sum(before), count: before.length, files: pick(before) },
    lazyJs: { bytes: sum(after), count: after.length, files: pick(after) },
    document: { bytes: doc?.bytes ?? null, encoding: doc?.encoding ?? null },
    geometryInPage: geometry.length
      ? { bytes: sum(geometry), encoding: geometry[0].encoding }
      : null,
    other: pick(
      rows.filter((r) => r.type !== 'script' && r.type !== 'document' && !geometry.includes(r)),
    ),
  };
}
