import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ui } from './atlas';

async function expectEveryFact(page: Page) {
  const article = page.getByRole('main').getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(
    '香港特別行政區政府駐北京辦事處',
  );
  // Full-width punctuation survives the parser: 。 is not turned into ". ".
  await expect(article.getByText(/常駐部門，成立於1999年。$/)).toBeVisible();

  const infobox = article.getByRole('region', { name: '基本資料' });
  await expect(infobox.locator('dt')).toHaveCount(12);
  for (const value of [
    '傅小慧',
    '林雅雯',
    '1999年',
    '主任',
    '副主任',
    '中華人民共和國香港特別行政區政府標誌',
  ]) {
    await expect(infobox.locator('dd', { hasText: value }).first()).toBeVisible();
  }
  await expect(infobox.getByRole('link', { name: 'http://www.bjo.gov.hk' })).toHaveAttribute(
    'href',
    'http://www.bjo.gov.hk',
  );
  await expect(infobox.getByRole('link', { name: '地安門西大街' })).toBeVisible();

  const functions = article.getByRole('region', { name: '職能' });
  await expect(functions.getByRole('listitem')).toHaveCount(5);
  for (const division of ['經濟事務、貿易及聯絡組', '入境事務組', '新聞及行政組']) {
    await expect(article.getByText(division, { exact: false }).first()).toBeVisible();
  }

  const heads = article.getByRole('region', { name: '歷任首長' }).getByRole('listitem');
  await expect(heads).toHaveCount(5);
  await expect(heads.nth(1)).toContainText('曹萬泰');
  await expect(heads.nth(1).locator('time[datetime="2006-04-30"]')).toBeVisible();
  await expect(heads.nth(4)).toContainText(ui.Article.inOffice);

  const events = article.getByRole('region', { name: '活動' });
  for (const e of ['吉林·香港節', '重慶·香港周', '2004天津·香港周', '2005河北·香港周']) {
    await expect(events.getByText(e, { exact: false })).toBeVisible();
  }
  await expect(events.getByText('2004年10月27日─11月3日', { exact: false })).toBeVisible();

  const location = article.getByRole('region', { name: '位置' });
  await expect(location.getByText(/建國門內大街18號恆基中心辦公室1座21層/)).toBeVisible();
  await expect(location.getByText(/地址為北京西城區地安門西大街71號。/)).toBeVisible();

  const press = article.getByRole('link', { name: '香港特區政府駐遼寧聯絡處揭牌（附圖）' });
  await expect(press).toHaveAttribute(
    'href',
    'http://www.info.gov.hk/gia/general/201504/27/P201504270500.htm',
  );
  await expect(article.getByText(/2015年4月27日/).first()).toBeVisible();
  await expect(article.getByText(/CC BY-SA 4.0/)).toBeVisible();
}

test('the home page shows every fact of the article', async ({ page }) => {
  await page.goto('/');
  await expectEveryFact(page);
});

test('the home page shows every fact of the article with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expectEveryFact(page);
  await context.close();
});

test('the GeoJSON downloads are linked and served as application/geo+json', async ({
  page,
  request,
}) => {
  await page.goto('/');
  for (const [name, count] of [
    // The Beijing Office's four places and the other four offices with their nine units.
    [ui.Panel.officesData, 4 + 13],
    [ui.Panel.regionsData, 10],
  ] as const) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    const res = await request.get(href!);
    expect(res.headers()['content-type']).toContain('application/geo+json');
    const body = await res.json();
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(count);
    // Flat properties, as GIS tools show them: one column per name.
    expect(typeof body.features[0].properties.name_zh_hant).toBe('string');
    expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="bjo-atlas-/);
  }
  const places = await (await request.get('/data/places.geojson')).json();
  const tianjin = places.features.find((f: { id: string }) => f.id === 'tianjin-liaison-unit');
  expect(tianjin.geometry.coordinates[1]).toBeCloseTo(39.129, 2);
  expect(tianjin.properties.uncertainty_m).toBeGreaterThan(0);
  expect(tianjin.properties.source_urls).toMatch(/^https:\/\//);
});
