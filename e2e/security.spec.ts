import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { mapReady, panelHeading, ui } from './atlas';

const PAGES = [
  '/',
  '/place/beijing-office',
  '/en/region/hebei',
  '/zh-hans/embed/place/beijing-office',
];

/** The script-src directive's sources. */
function scriptSources(csp: string | undefined): string[] {
  const directive = (csp ?? '').split(';').find((d) => d.trim().startsWith('script-src'));
  return directive?.trim().split(/\s+/).slice(1) ?? [];
}

/** Collects the page's Content-Security-Policy violations as the browser reports them. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const reported: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) reported.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => [
    ...reported,
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    )),
  ];
}

test('every page sends a script-src of this origin and hashes, never eval or inline', async ({
  request,
}) => {
  for (const path of [...PAGES, '/no/such/page']) {
    const headers = (await request.get(path)).headers();
    const sources = scriptSources(headers['content-security-policy']);
    expect(sources[0], path).toBe("'self'");
    expect(sources.length, path).toBeGreaterThan(1);
    for (const s of sources.slice(1)) expect(s, path).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(headers['content-security-policy'], path).toContain("object-src 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('geolocation=()');
  }
});

test(
  'the pages run under their policy: no violations, the map and panels work',
  { tag: '@map' },
  async ({ page, pageErrors }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    await mapReady(page);
    // Client-side navigation too: a place from the list, then a province from the map.
    await page
      .getByRole('navigation', { name: ui.Nav.label })
      .getByRole('link', { name: '駐遼寧聯絡處', exact: true })
      .click();
    await expect(panelHeading(page)).toHaveText('香港特別行政區政府駐遼寧聯絡處');
    for (const path of PAGES.slice(1)) {
      await page.goto(path);
      await expect(page.locator('.leaflet-container')).toBeVisible();
      await expect(page.locator('path.region')).toHaveCount(10);
    }
    expect(await violations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  },
);

test('a script slipped into the page is refused', { tag: '@map' }, async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/place/beijing-office');
  await mapReady(page);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.injected = true;');
    // Listening after the attribute is set: had the inline handler been allowed, it ran first.
    const settled = new Promise((r) => {
      img.addEventListener('error', r, { once: true });
      img.addEventListener('load', r, { once: true });
    });
    img.src = '/no-such-image.png';
    document.body.append(img);
    await settled;
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  // The browser reports the violation as an event of its own: wait for it.
  await expect
    .poll(async () => (await violations()).some((v) => v.includes('script-src')))
    .toBe(true);
});

test('the site refuses to be framed; the embed view may be', async ({ request }) => {
  for (const path of ['/', '/place/beijing-office', '/en/region/hebei', '/zh-hans']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
  for (const path of ['/embed', '/embed/place/beijing-office', '/en/embed/region/hebei']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain('frame-ancestors *');
    expect(headers['x-frame-options'], path).toBeUndefined();
  }
});
