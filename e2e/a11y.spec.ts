import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

/** Every kind of route, in each language: home, place, region, city, embed, and the 404 page. */
const ROUTES = [
  '/',
  '/place/beijing-office',
  '/region/inner-mongolia',
  '/city/guangzhou',
  '/embed/place/tianjin-liaison-unit',
];
const PREFIXES = ['', '/zh-hans', '/en'];

for (const prefix of PREFIXES) {
  test(`axe finds no WCAG 2.1 AA violations on every route${prefix ? ` under ${prefix}` : ''}`, async ({
    page,
  }) => {
    // Six or seven full pages, each read by axe: more than the default 30 s on a loaded CI machine.
    test.setTimeout(120_000);
    const paths = ROUTES.map((r) => (r === '/' ? prefix || '/' : prefix + r));
    if (!prefix) paths.push('/no/such/page', '/?date=2010-01-01');
    for (const path of paths) {
      await page.goto(path);
      if (!path.startsWith('/no/')) {
        await expect(page.locator('path.region')).toHaveCount(10);
      }
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });
}
