import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { mapReady, ui } from './atlas';

async function markerNames(page: Page) {
  return page
    .getByRole('region', { name: ui.Map.label })
    .locator('.office-marker .sr-only')
    .allTextContents()
    .then((names) => names.sort());
}

test(
  'the slider at 1999 shows 恆基中心 and no liaison units',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/?date=1999-06-01');
    await mapReady(page);
    await expect.poll(() => markerNames(page)).toEqual(['恆基中心']);
    const asOf = page.getByRole('region', { name: '1999年6月1日' });
    await expect(asOf.getByText('梁寶榮')).toBeVisible();
    await expect(asOf.getByText(ui.Timeline.unitsNone)).toBeVisible();
  },
);

test(
  'at 2010 it shows 地安門西大街71號 with 曹萬泰 as head; at 2018 both units',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/?date=2010-01-01');
    await mapReady(page);
    await expect.poll(() => markerNames(page)).toEqual(['駐京辦']);
    await expect(
      page.getByRole('region', { name: '2010年1月1日' }).getByText('曹萬泰'),
    ).toBeVisible();
    await page.goto('/?date=2018-01-01');
    await mapReady(page);
    await expect
      .poll(() => markerNames(page))
      .toEqual(['駐京辦', '駐天津聯絡處', '駐遼寧聯絡處'].sort());
  },
);

test(
  'a real slider: keys move the date, the URL keeps it, a shared link brings it back',
  { tag: '@map' },
  async ({ page, browser }) => {
    await page.goto('/place/liaoning-liaison-unit');
    await mapReady(page);
    const slider = page.getByRole('slider', { name: ui.Timeline.date });
    await expect(slider).toHaveAttribute('aria-valuetext', ui.Timeline.allDates);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/\?date=1999-01-01$/);
    await expect(page.getByText(`${ui.Timeline.date} 1999年1月1日`)).toBeVisible();
    // A month a press, a year a Page key, the ends with Home and End.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?date=1999-02-01$/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/\?date=2000-02-01$/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/\?date=2000-01-01$/);
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/\?date=1999-01-01$/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?date=1999-02-01$/);
    await expect.poll(() => markerNames(page)).toEqual(['恆基中心']);

    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(page.url());
    await mapReady(fresh);
    await expect(fresh.getByRole('slider', { name: ui.Timeline.date })).toHaveAttribute(
      'aria-valuetext',
      '1999年2月1日',
    );
    await expect.poll(() => markerNames(fresh)).toEqual(['恆基中心']);
    await other.close();

    await page.getByRole('button', { name: ui.Timeline.showAll }).click();
    await expect(page).toHaveURL(/\/place\/liaoning-liaison-unit$/);
    await expect.poll(() => markerNames(page)).toHaveLength(4);
  },
);

test(
  'closing a panel keeps the date, so the map stays on that day',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/place/liaoning-liaison-unit?date=2018-01-01');
    await mapReady(page);
    await page.getByRole('link', { name: ui.Panel.closeLabel }).click();
    await expect(page).toHaveURL(/\/\?date=2018-01-01$/);
    await expect(page.getByRole('region', { name: '2018年1月1日' })).toBeVisible();
  },
);

test(
  'a key date in the list jumps to its day, and the slider names its event',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/');
    await mapReady(page);
    await page.getByText(ui.Timeline.keyDates).click();
    const jump = page.getByRole('button', { name: /2005年9月26日/ });
    await expect(jump).toContainText('地安門西大街71號新辦公大樓落成啟用');
    await jump.click();
    await expect(page).toHaveURL(/\?date=2005-09-26$/);
    await expect(page.getByRole('slider', { name: ui.Timeline.date })).toHaveAttribute(
      'aria-valuetext',
      /^2005年9月26日：.*地安門西大街71號新辦公大樓落成啟用/,
    );
    await expect(jump).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => markerNames(page)).toEqual(['駐京辦']);
  },
);

test(
  'a date before 1999 shows 1999 and says so; all dates is not today',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/?date=1990');
    await mapReady(page);
    await expect(page.getByRole('status').filter({ hasText: '1990年1月1日' })).toContainText(
      '1999年1月1日',
    );
    await expect(page.getByRole('slider', { name: ui.Timeline.date })).toHaveAttribute(
      'aria-valuetext',
      /^1999年1月1日/,
    );

    await page.goto('/');
    await mapReady(page);
    const slider = page.getByRole('slider', { name: ui.Timeline.date });
    const control = page.locator('.timeline-control');
    await expect(slider).toHaveAttribute('aria-valuetext', ui.Timeline.allDates);
    await expect(control).toHaveClass(/is-all/);
    await slider.focus();
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/\?date=\d{4}-\d{2}-\d{2}$/);
    await expect(control).not.toHaveClass(/is-all/);
    await expect(slider).not.toHaveAttribute('aria-valuetext', ui.Timeline.allDates);
    // Four places over all time, only those in use today on today's date.
    await expect.poll(() => markerNames(page)).toHaveLength(3);
  },
);

test('without JavaScript the key dates are a list to read, with nothing to press', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByText(ui.Timeline.keyDates).click();
  const list = page.locator('.key-dates ol');
  await expect(list.getByText('地安門西大街71號新辦公大樓落成啟用')).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(0);
  await context.close();
});

test(
  'the key dates opened while the page loads are buttons once it runs',
  { tag: '@map' },
  async ({ page }) => {
    // The scripts wait until the list has been opened by hand.
    let release!: () => void;
    const opened = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      await opened;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'commit' });
    await page.getByText(ui.Timeline.keyDates).click();
    await expect(page.locator('.key-dates')).toHaveAttribute('open', '');
    release();
    await mapReady(page);
    const jump = page.getByRole('button', { name: /2005年9月26日/ });
    await jump.click();
    await expect(page).toHaveURL(/\?date=2005-09-26$/);
  },
);
