import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { mapReady, places, regions, ui } from './atlas';

/** Is some part of each covered province on screen and not under an overlay? */
async function uncovered(page: Page, id: string) {
  return page.evaluate((region) => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    const path = document.querySelector(`path.region-${region}`);
    const label = [...document.querySelectorAll('.region-label')].find(
      (l) => (l.querySelector('[data-region]') as HTMLElement | null)?.dataset.region === region,
    );
    const targets = [path, label].filter(Boolean) as Element[];
    for (const t of targets) {
      const b = t.getBoundingClientRect();
      for (let i = 1; i < 10; i++)
        for (let j = 1; j < 10; j++) {
          const x = b.x + (b.width * i) / 10;
          const y = b.y + (b.height * j) / 10;
          if (x < map.x || y < map.y || x > map.right || y > map.bottom) continue;
          const hit = document.elementFromPoint(x, y);
          if (hit && targets.some((t) => t === hit || t.contains(hit))) return true;
        }
    }
    return false;
  }, id);
}

for (const viewport of [
  { width: 800, height: 500 },
  { width: 600, height: 400 },
  { width: 360, height: 640 },
]) {
  test(
    `the embed at ${viewport.width}×${viewport.height} leaves every covered province uncovered`,
    { tag: '@map' },
    async ({ page }, info) => {
      await page.setViewportSize(viewport);
      await page.goto('/embed?date=2018-01-01');
      await mapReady(page);
      for (const r of regions) expect(await uncovered(page, r.id), r.id).toBe(true);
      // The legend and the timeline are one click away, and the PNG button is not a hidden stop.
      await expect(page.getByRole('button', { name: ui.Map.download })).toBeHidden();
      const legend = page.locator('.legend-toggle');
      await expect(legend.locator(':scope > summary')).toContainText('2018年1月1日');
      await legend.locator(':scope > summary').click();
      await expect(page.getByRole('slider', { name: ui.Timeline.date })).toBeVisible();
      const path = info.outputPath(`embed-${viewport.width}x${viewport.height}.png`);
      await page.screenshot({ path });
      await info.attach(`embed ${viewport.width}×${viewport.height}`, {
        path,
        contentType: 'image/png',
      });
    },
  );
}

test('the English embed names the office in English', async ({ page }) => {
  await page.goto('/en/embed');
  const office = places.find((p) => p.id === 'beijing-office')!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(office.names.en);
});

test(
  'the embed dialog fits a 360 px phone, copies its code and closes with Escape',
  { tag: '@map' },
  async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/region/hebei');
    await mapReady(page);
    const opener = page.getByRole('button', { name: ui.Share.embed, exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: ui.Share.embedLabel });
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await dialog.getByRole('button', { name: ui.Share.copy }).click();
    await expect(
      page.getByRole('status').filter({ hasText: ui.Share.snippetCopied }),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    // Escape closed the dialog only: the selection stays.
    await expect(page).toHaveURL(/\/region\/hebei$/);
  },
);
