import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The link preview a page announces: its og: and twitter: tags, as a crawler reads them. */
async function previewTags(page: Page, path: string) {
  await page.goto(path);
  const head = page.locator('head');
  const meta = (selector: string) => head.locator(`meta[${selector}]`).getAttribute('content');
  return {
    ogImage: await meta('property="og:image"'),
    ogWidth: await meta('property="og:image:width"'),
    ogHeight: await meta('property="og:image:height"'),
    ogType: await meta('property="og:image:type"'),
    twitterCard: await meta('name="twitter:card"'),
    twitterImage: await meta('name="twitter:image"'),
  };
}

/**
 * Fetches an image URL from a meta tag. Without a metadataBase the tag names another host
 * (http://localhost:3000), so only its path and query are asked of the server under test.
 */
async function fetchImage(request: APIRequestContext, url: string) {
  const { pathname, search } = new URL(url);
  const res = await request.get(pathname + search);
  return { res, body: await res.body() };
}

/** Width and height from a PNG's IHDR chunk, which must come first. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

for (const path of ['/place/tianjin-liaison-unit', '/region/liaoning', '/', '/en/region/gansu']) {
  test(`${path} announces a 1200×630 PNG link preview for Open Graph and Twitter`, async ({
    page,
    request,
  }, testInfo) => {
    const tags = await previewTags(page, path);
    expect(tags.ogImage).toBeTruthy();
    // Next adds a suffix to images in a route group: app/(zh-hant)/ holds the default language.
    expect(new URL(tags.ogImage!).pathname).toMatch(
      new RegExp(`^${path === '/' ? '' : path}/opengraph-image(-[a-z0-9]+)?$`),
    );
    expect([tags.ogWidth, tags.ogHeight, tags.ogType]).toEqual(['1200', '630', 'image/png']);
    expect(tags.twitterCard).toBe('summary_large_image');
    expect(tags.twitterImage).toBe(tags.ogImage);

    const { res, body } = await fetchImage(request, tags.ogImage!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
    await testInfo.attach(`preview${path.replaceAll('/', '-')}.png`, {
      body,
      contentType: 'image/png',
    });
  });
}

test('each place has its own preview, not one picture for all', async ({ page, request }) => {
  const images = [];
  for (const path of ['/place/tianjin-liaison-unit', '/place/liaoning-liaison-unit']) {
    const { ogImage } = await previewTags(page, path);
    images.push((await fetchImage(request, ogImage!)).body);
  }
  const [tianjin, liaoning] = images;
  expect(tianjin!.length).toBeGreaterThan(10_000);
  expect(tianjin!.equals(liaoning!)).toBe(false);
});

test('there is no preview for a place or region that does not exist', async ({ request }) => {
  for (const path of ['/place/nowhere/opengraph-image', '/region/hubei/opengraph-image']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
