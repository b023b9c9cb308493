import { test, expect } from './fixtures';
import { mapReady, panelHeading, ui, type Messages } from './atlas';
import enMessages from '../lib/i18n/messages/en.json';

const en: Messages = enMessages;

/**
 * The finder answers for every city of the Mainland: the Hong Kong Government office that serves
 * its province (on the timeline's date), that office's nearest liaison unit, and the sources.
 */
const LANGUAGES = [
  { prefix: '', finder: ui.Finder.label, lang: 'zh-Hant' },
  { prefix: '/zh-hans', finder: '查找城市、省份或办事处', lang: 'zh-Hans' },
  { prefix: '/en', finder: en.Finder.label, lang: 'en' },
] as const;

/** City typed (Traditional, Simplified), its page, the office and unit expected now. */
const CITIES = [
  {
    typed: ['廣州', '广州', 'Guangzhou'],
    id: 'guangzhou',
    office: 'guangdong-eto',
    unit: 'shenzhen-liaison-unit',
  },
  {
    typed: ['西安', '西安', "Xi'an"],
    id: 'xian',
    office: 'chengdu-eto',
    unit: 'shaanxi-liaison-unit',
  },
  {
    typed: ['鄭州', '郑州', 'Zhengzhou'],
    id: 'zhengzhou',
    office: 'wuhan-eto',
    unit: 'henan-liaison-unit',
  },
  {
    typed: ['濟南', '济南', 'Jinan'],
    id: 'jinan',
    office: 'shanghai-eto',
    unit: 'shandong-liaison-unit',
  },
  {
    typed: ['昆明', '昆明', 'Kunming'],
    id: 'kunming',
    office: 'chengdu-eto',
    unit: 'chongqing-liaison-unit',
  },
  {
    typed: ['拉薩', '拉萨', 'Lhasa'],
    id: 'lhasa',
    office: 'chengdu-eto',
    unit: 'chongqing-liaison-unit',
  },
] as const;

for (const [i, lang] of LANGUAGES.entries()) {
  test(`${lang.lang}: the finder names the office for 廣州, 西安, 鄭州, 濟南, 昆明, 拉薩 and 大連 @map`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(lang.prefix || '/');
    await mapReady(
      page,
      lang.lang === 'en' ? en.Map.label : lang.lang === 'zh-Hans' ? '地图' : ui.Map.label,
    );
    const box = page.getByRole('combobox', { name: lang.finder });
    for (const c of CITIES) {
      await box.fill(c.typed[i]!);
      const option = page.getByRole('listbox', { name: lang.finder }).getByRole('option').first();
      await expect(option).toBeVisible();
      await option.click();
      await expect(page).toHaveURL(new RegExp(`${lang.prefix}/city/${c.id}(\\?.*)?$`));
      const answer = page.getByRole('main').locator('.network-answer');
      await expect(answer).toHaveAttribute('data-office', c.office);
      await expect(page.getByRole('main').locator(`[data-unit="${c.unit}"]`)).toBeVisible();
      // The office and the unit are links to their own panels; the sources are listed.
      await expect(answer.getByRole('link')).toHaveAttribute(
        'href',
        new RegExp(`/place/${c.office}`),
      );
    }
    // Dalian is the Beijing Office's: the panel says so and names no other office.
    await box.fill(['大連', '大连', 'Dalian'][i]!);
    await page.getByRole('listbox', { name: lang.finder }).getByRole('option').first().click();
    await expect(page).toHaveURL(new RegExp(`${lang.prefix}/city/dalian(\\?.*)?$`));
    await expect(page.getByRole('main').locator('dd.is-covered')).toBeVisible();
    await expect(page.getByRole('main').locator('.network-answer')).toHaveCount(0);
  });
}

test('the timeline date applies: Kunming was the Guangdong office’s on 2023-01-01, the Chengdu office’s since 2023-07-01', async ({
  page,
}) => {
  await page.goto('/en/city/kunming?date=2023-01-01');
  await mapReady(page, en.Map.label);
  const answer = page.getByRole('main').locator('.network-answer');
  await expect(answer).toHaveAttribute('data-office', 'guangdong-eto');
  await expect(answer).toContainText('Guangdong ETO');
  await expect(answer).toContainText('April 2014 until July 1, 2023');
  await expect(page.getByRole('main').locator('[data-unit="guangxi-liaison-unit"]')).toBeVisible();
  await page.goto('/city/kunming?date=2023-07-01');
  await expect(page.getByRole('main').locator('.network-answer')).toHaveAttribute(
    'data-office',
    'chengdu-eto',
  );
  await page.goto('/zh-hans/city/kunming');
  await expect(page.getByRole('main').locator('.network-answer')).toContainText('驻成都办');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a city page says today’s office, its nearest unit and the sources; an office’s page its provinces', async ({
    page,
  }) => {
    await page.goto('/en/city/zhengzhou');
    const answer = page.getByRole('main').locator('.network-answer');
    await expect(answer).toHaveAttribute('data-office', 'wuhan-eto');
    await expect(answer).toContainText('Wuhan ETO');
    await expect(page.getByRole('main').locator('[data-unit="henan-liaison-unit"]')).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Sources for the service area');
    await answer.getByRole('link', { name: 'Wuhan ETO' }).click();
    await expect(page).toHaveURL(/\/en\/place\/wuhan-eto$/);
    await expect(panelHeading(page)).toHaveText('Hong Kong Economic and Trade Office in Wuhan');
    const main = page.getByRole('main');
    for (const region of ['hubei', 'hunan', 'shanxi', 'jiangxi', 'henan'])
      await expect(main.locator(`[data-region="${region}"]`)).toBeVisible();
    await expect(main).toContainText('Room 4303, Building I, New World International Trade Tower');
    await expect(
      main.getByRole('link', { name: 'Hong Kong Economic and Trade Office in Wuhan' }),
    ).toHaveAttribute(
      'href',
      'https://en.wikipedia.org/wiki/Hong_Kong_Economic_and_Trade_Office_in_Wuhan',
    );
  });

  test('Hong Kong and Macao get a plain sentence, not an office', async ({ page }) => {
    await page.goto('/en/city/hong-kong');
    await expect(page.getByRole('main').locator('.answer')).toHaveText(en.Network.sarHongKong);
    await expect(page.getByRole('main').locator('.network-answer')).toHaveCount(0);
    await page.goto('/city/macau');
    await expect(page.getByRole('main').locator('.answer')).toHaveText(ui.Network.sarMacao);
  });
});

test('the map shows the other offices as context once idle: a click opens one, the legend hides them, the date applies @map', async ({
  page,
}) => {
  await page.goto('/en');
  await mapReady(page, en.Map.label);
  const markers = page.locator('.network-marker');
  await expect(markers).toHaveCount(13);
  await expect(page.locator('.network-marker.role-office')).toHaveCount(4);
  // The Beijing Office stays the headline: its four symbols are there as before.
  await expect(page.locator('.office-marker')).toHaveCount(4);
  await page.getByRole('button', { name: 'Chengdu ETO' }).click();
  await expect(page).toHaveURL(/\/en\/place\/chengdu-eto(\?.*)?$/);
  await expect(panelHeading(page)).toHaveText('Hong Kong Economic and Trade Office in Chengdu');
  await expect(page.locator('.network-marker.is-selected')).toHaveCount(1);
  // Off in the legend: gone, and the link says so.
  const toggle = page.getByRole('checkbox', { name: en.Legend.network });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(markers).toHaveCount(0);
  await expect(page).toHaveURL(/layers=solo/);
  await page.reload();
  await mapReady(page, en.Map.label);
  await expect(page.getByRole('checkbox', { name: en.Legend.network })).not.toBeChecked();
  await expect(page.locator('.office-marker')).toHaveCount(4);
  await expect(markers).toHaveCount(0);
  // On 2010-01-01 only what had opened: the Guangdong, Shanghai and Chengdu offices.
  await page.goto('/en?date=2010-01-01');
  await mapReady(page, en.Map.label);
  await expect(markers).toHaveCount(3);
});
