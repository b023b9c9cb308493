import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { mapReady, panelHeading, places, ui } from './atlas';

/** Each language: its path prefix, `<html lang>`, and words a reader of it would see. */
const LANGUAGES = [
  {
    tag: 'zh-Hant',
    prefix: '',
    title: '香港特別行政區政府駐北京辦事處',
    map: '地圖',
    nav: '地點',
    share: '分享',
    address: '北京市西城區地安門西大街71號',
    date: '2010年1月1日',
    what: '地安門西大街71號新辦公大樓落成啟用',
  },
  {
    tag: 'zh-Hans',
    prefix: '/zh-hans',
    title: '香港特别行政区政府驻北京办事处',
    map: '地图',
    nav: '地点',
    share: '分享',
    address: '北京市西城区地安门西大街71号',
    date: '2010年1月1日',
    what: '地安门西大街71号新办公大楼落成启用',
  },
  {
    tag: 'en',
    prefix: '/en',
    // Headed with the office's English name; the article stays in its own language, with a note.
    title: 'Office of the Government of the Hong Kong Special Administrative Region in Beijing',
    map: 'Map',
    nav: 'Places',
    share: 'Share',
    address: "71 Di'anmen West Street, Xicheng District, Beijing 100009",
    date: 'January 1, 2010',
    what: "new office building at 71 Di'anmen West Street completed and in use",
  },
] as const;

const office = places.find((p) => p.id === 'beijing-office')!;

async function hreflangs(page: Page) {
  return page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map(
        (l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`,
      ),
    );
}

for (const lang of LANGUAGES) {
  test(
    `${lang.tag}: the home page and a place page in that language`,
    { tag: '@map' },
    async ({ page, pageErrors }) => {
      const res = await page.goto(lang.prefix || '/');
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang.tag);
      await mapReady(page, lang.map);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.title);
      await expect(page.getByRole('navigation', { name: lang.nav })).toBeVisible();
      await expect(page.getByRole('button', { name: lang.share })).toBeVisible();
      if (lang.tag === 'en') {
        await expect(page.getByText(/shown as written on zh\.wikipedia/)).toBeVisible();
        await expect(page.locator('article[lang="zh-Hant"]')).toBeVisible();
      }
      expect(await hreflangs(page)).toEqual([
        'zh-Hant /',
        'zh-Hans /zh-hans',
        'en /en',
        'x-default /',
      ]);

      await page.goto(`${lang.prefix}/place/beijing-office?date=2010-01-01`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang.tag);
      await mapReady(page, lang.map);
      await expect(panelHeading(page)).toHaveText(office.names[lang.tag]);
      await expect(page.getByRole('main').getByText(lang.address).first()).toBeVisible();
      // What happened on the office's first day, in the page's language (from the data).
      await expect(page.getByRole('main').getByText(lang.what).first()).toBeVisible();
      // The timeline's day, written the way the language writes dates (Intl).
      await expect(page.getByRole('heading', { name: lang.date })).toBeVisible();
      // The map names the places in the same language.
      await expect(
        page.getByRole('button', { name: office.shortNames[lang.tag], exact: true }),
      ).toBeVisible();
      expect(await hreflangs(page)).toContain(`${lang.tag} ${lang.prefix}/place/beijing-office`);
      expect(pageErrors).toEqual([]);
    },
  );
}

test(
  'switching language keeps the selection, the view and the date',
  { tag: '@map' },
  async ({ page }) => {
    const query = '?map=7/41.500/123.000&date=2018-01-01';
    await page.goto(`/place/liaoning-liaison-unit${query}`);
    await mapReady(page);
    await expect(page).toHaveURL(new RegExp(`/place/liaoning-liaison-unit\\${query}$`));

    await page
      .getByRole('navigation', { name: ui.Site.language })
      .getByRole('link', { name: 'English' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/en/place/liaoning-liaison-unit\\${query}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await mapReady(page, 'Map');
    await expect(panelHeading(page)).toHaveText(
      places.find((p) => p.id === 'liaoning-liaison-unit')!.names.en,
    );
    await expect(page.getByRole('slider', { name: 'Date:' })).toHaveAttribute(
      'aria-valuetext',
      'January 1, 2018',
    );
    // The view: the map is where it was (its centre is in the URL it keeps).
    await expect(page).toHaveURL(/map=7\/41\.500\/123\.000/);

    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: '简体中文' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans/place/liaoning-liaison-unit\\${query}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(panelHeading(page)).toHaveText('香港特别行政区政府驻辽宁联络处');
    // Clicked once the page runs (before, its links are the static HTML's bare paths).
    await expect(page.locator('.leaflet-container')).toHaveAttribute('data-basemap', 'drawn');

    await page
      .getByRole('navigation', { name: '语言' })
      .getByRole('link', { name: '繁體中文' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/place/liaoning-liaison-unit\\${query}$`));
    await expect(page).not.toHaveURL(/\/(en|zh-hans)\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  },
);

test('a shared link keeps the language', { tag: '@map' }, async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en');
  await mapReady(page, 'Map');
  // Selecting from the list stays in English.
  await page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('link', { name: 'Gansu', exact: true })
    .click();
  await expect(page).toHaveURL(/\/en\/region\/gansu$/);
  await expect(panelHeading(page)).toHaveText('Gansu Province');

  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.getByRole('button', { name: 'Share' }).click();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(shared).pathname).toBe('/en/region/gansu');

  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed this map' }).inputValue();
  expect(snippet).toContain('/en/embed/region/gansu');

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(shared);
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
  await expect(panelHeading(fresh)).toHaveText('Gansu Province');
  // Escape clears the selection and stays in English.
  await fresh.getByRole('main').click({ position: { x: 5, y: 5 } });
  await fresh.keyboard.press('Escape');
  await expect(fresh).toHaveURL(/\/en$/);
  await other.close();
});
