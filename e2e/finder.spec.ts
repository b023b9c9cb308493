import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { mapReady, panelHeading, ui, type Messages } from './atlas';
import type { Page } from '@playwright/test';

const en: Messages = JSON.parse(readFileSync('lib/i18n/messages/en.json', 'utf8'));
type City = { id: string; names: { 'zh-Hant': string; 'zh-Hans': string; en: string } };
const cities: City[] = JSON.parse(readFileSync('data/cities.json', 'utf8')).cities;
const city = (id: string) => cities.find((c) => c.id === id)!;
const LIAONING = [
  'shenyeng',
  'dalian',
  'anshan',
  'fushun',
  'benxi',
  'liaoyang',
  'tieling',
  'yingkow',
];

/** The city names drawn on the map, with their boxes, once the cities have come. */
async function cityLabels(page: Page) {
  const labels = page.locator('.leaflet-container .city-label-text');
  await expect(labels.first()).toBeVisible();
  return labels.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent ?? '',
        lang: el.getAttribute('lang'),
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
      };
    }),
  );
}

for (const [prefix, lang, label] of [
  ['', 'zh-Hant', ui.Map.label],
  ['/zh-hans', 'zh-Hans', ui.Map.label],
  ['/en', 'en', en.Map.label],
] as const) {
  test(
    `at zoom 8 over Liaoning the map names its cities as text, in ${lang}, none overlapping`,
    { tag: '@map' },
    async ({ page }) => {
      await page.goto(`${prefix}/?map=8/41.5/123.0`);
      const map = await mapReady(page, lang === 'zh-Hans' ? '地图' : label);
      const labels = await cityLabels(page);
      const mapBox = (await map.locator('.leaflet-container').boundingBox())!;
      const onScreen = labels.filter(
        (l) =>
          l.x >= mapBox.x &&
          l.y >= mapBox.y &&
          l.x + l.w <= mapBox.x + mapBox.width &&
          l.y + l.h <= mapBox.y + mapBox.height,
      );
      const wanted = LIAONING.map((id) => city(id).names[lang]);
      const shown = wanted.filter((n) => onScreen.some((l) => l.text === n));
      expect(shown.length, `shown: ${shown.join(' ')}`).toBeGreaterThanOrEqual(5);
      expect(onScreen.every((l) => l.lang === lang)).toBe(true);
      // Real text: the browser's find sees it.
      expect(
        await page.evaluate(
          (n) => (window as unknown as { find: (s: string) => boolean }).find(n),
          shown[0]!,
        ),
      ).toBe(true);
      // No two names, and no name and office marker or province name, overlap.
      const others = await page
        .locator(
          '.leaflet-container .office-marker .marker-symbol, .leaflet-container .region-label-text',
        )
        .evaluateAll((els) =>
          els
            .map((el) => el.getBoundingClientRect())
            .map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
        );
      const hit = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
        a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      const clashes: string[] = [];
      for (let i = 0; i < onScreen.length; i++) {
        for (let j = i + 1; j < onScreen.length; j++)
          if (hit(onScreen[i]!, onScreen[j]!))
            clashes.push(`${onScreen[i]!.text} / ${onScreen[j]!.text}`);
        for (const o of others)
          if (hit(onScreen[i]!, o)) clashes.push(`${onScreen[i]!.text} / a marker or province`);
      }
      expect(clashes).toEqual([]);
    },
  );
}

test(
  'the default view loads neither the cities nor the water; zoom 5 loads both',
  { tag: '@map' },
  async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto('/');
    await mapReady(page);
    await expect(page.locator('.office-marker')).toHaveCount(4);
    expect(asked).not.toContain('/data/cities.json');
    expect(asked).not.toContain('/data/water.topo.json');
    await page.goto('/?map=5/40/115');
    await mapReady(page);
    await expect(
      page.locator('.city-label-text', { hasText: city('shenyeng').names['zh-Hant'] }),
    ).toBeVisible();
    await expect.poll(() => asked.includes('/data/water.topo.json')).toBe(true);
  },
);

/** The finder's box, and the options it offers for `text`. */
async function typeInFinder(page: Page, text: string, label = ui.Finder.label) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  const options = page.getByRole('listbox', { name: label }).getByRole('option');
  await expect(options.first()).toBeVisible();
  return { box, options };
}

test('the finder offers Dalian for 大連, 大连 and dalian; choosing it says the office covers it', async ({
  page,
}) => {
  await page.goto('/');
  for (const q of ['大連', '大连', 'dalian', 'Dal']) {
    const { options } = await typeInFinder(page, q);
    await expect(options.first()).toContainText('大連');
  }
  const { options } = await typeInFinder(page, '大連');
  await options.first().click();
  await expect(page).toHaveURL(/\/city\/dalian$/);
  await expect(panelHeading(page)).toHaveText('大連');
  const panel = page.getByRole('main');
  await expect(panel.getByRole('link', { name: '遼寧' }).first()).toBeVisible();
  await expect(panel.locator('.answer')).toHaveText(/^是：遼寧/);
  // The map shows it: framed, its name drawn selected.
  await expect(page.locator('.city-label.is-selected .city-label-text')).toHaveText('大連');
});

test('包頭 is in 內蒙古 and covered; 廣州 is in 廣東 and not, served by the Guangdong office', async ({
  page,
}) => {
  await page.goto('/');
  let { options } = await typeInFinder(page, '包頭');
  await options.first().click();
  await expect(panelHeading(page)).toHaveText('包頭');
  await expect(page.getByRole('main').locator('.answer')).toHaveText(/^是：內蒙古/);
  ({ options } = await typeInFinder(page, '廣州'));
  await expect(options.first()).toContainText('由駐粵辦負責');
  await options.first().click();
  await expect(panelHeading(page)).toHaveText('廣州');
  await expect(page.getByRole('main').locator('.answer')).toHaveText(
    /^否。本辦事處不負責廣州：廣州位於廣東/,
  );
});

test('the finder works by keyboard alone, and its link reopens the city', async ({
  page,
  browser,
}) => {
  await page.goto('/en');
  const box = page.getByRole('combobox', { name: en.Finder.label });
  await box.focus();
  await page.keyboard.type('bao');
  const list = page.getByRole('listbox', { name: en.Finder.label });
  await expect(list.getByRole('option').first()).toContainText('Baotou');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /option-0$/);
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/city\/baotou$/);
  await expect(panelHeading(page)).toHaveText('Baotou');
  await expect(page.getByRole('main').locator('.answer')).toHaveText(/^Yes: Inner Mongolia/);
  // A shared link opens the same answer, and previews with the city's name.
  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(panelHeading(other)).toHaveText('Baotou');
  await expect(other).toHaveTitle(/^Baotou/);
  await expect(other.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /Baotou \(Inner Mongolia\): covered/,
  );
  await expect(other.locator('.city-label.is-selected .city-label-text')).toHaveText('Baotou');
  await other.close();
});

test('an unknown or junk city in the address is a plain not-found page, never an error', async ({
  page,
  pageErrors,
}) => {
  for (const path of [
    '/city/atlantis',
    '/city/%3Cscript%3E',
    '/en/city/__proto__',
    '/city/DALIAN',
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  expect(pageErrors).toEqual([]);
});

test('with JavaScript off the finder is a form whose page lists the matches', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('combobox', { name: ui.Finder.label }).fill('大');
  await page.getByRole('button', { name: ui.Finder.submit }).click();
  await expect(page).toHaveURL(/\/find\?q=%E5%A4%A7$/);
  const links = page.getByRole('listitem').getByRole('link');
  expect(await links.count()).toBeGreaterThan(3);
  await expect(page.getByRole('link', { name: '大連' })).toBeVisible();
  await page.getByRole('link', { name: '大連' }).click();
  await expect(page).toHaveURL(/\/city\/dalian$/);
  await expect(panelHeading(page)).toHaveText('大連');
  await expect(page.locator('.answer')).toHaveText(/^是：遼寧/);
  // Junk in the query is shown as text, never run.
  await page.goto('/en/find?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x');
  expect(await page.locator('img').count()).toBe(0);
  await context.close();
});
