import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { mapReady, panelHeading, places, ui } from './atlas';

/** What has focus, as a screen reader would name it. */
function focusedName(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab (Shift+Tab `backwards`) until the focused element's name is `name`. */
async function tabTo(page: Page, name: string | RegExp, { limit = 60, backwards = false } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await focusedName(page);
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name} in ${limit} presses`);
}

test(
  'keyboard alone: a place, its panel, Escape, another language, the timeline',
  { tag: '@map' },
  async ({ page, pageErrors }) => {
    const unit = places.find((p) => p.id === 'liaoning-liaison-unit')!;
    await page.goto('/');
    await mapReady(page);

    // Tab to the unit's marker on the map and select it.
    await tabTo(page, unit.shortNames['zh-Hant']);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/place\/liaoning-liaison-unit$/);
    await expect(panelHeading(page)).toHaveText(unit.names['zh-Hant']);

    // Read the panel: Tab goes on from the map into it, past the list to its Close link.
    await tabTo(page, ui.Panel.closeLabel, { limit: 80 });
    await expect(page.getByRole('link', { name: ui.Panel.closeLabel })).toBeFocused();
    await expect(page.getByRole('main').getByText(unit.address.zh)).toBeVisible();

    // Escape clears the selection.
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/:\d+\/(\?map=[^&]+)?$/);
    await expect(panelHeading(page)).toHaveText('香港特別行政區政府駐北京辦事處');

    // Switch to English from the language links in the header.
    await tabTo(page, /^EN English$/, { limit: 80, backwards: true });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en(\?map=[^&]+)?$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await mapReady(page, 'Map');

    // Move the timeline: Home is 1999-01-01, ArrowRight a month later.
    await tabTo(page, /^Date:/);
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/\/en\?(map=[^&]+&)?date=1999-01-01$/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/en\?(map=[^&]+&)?date=1999-02-01$/);
    await expect(page.getByRole('slider', { name: /^Date:/ })).toHaveAttribute(
      'aria-valuetext',
      'February 1, 1999',
    );
    const former = places.find((p) => p.id === 'former-beijing-office')!;
    await expect(
      page.getByRole('region', { name: 'Map' }).locator('.office-marker .sr-only'),
    ).toHaveText([former.shortNames.en]);
    await expect(page.getByRole('heading', { name: 'On February 1, 1999' })).toBeVisible();
    expect(pageErrors).toEqual([]);
  },
);
