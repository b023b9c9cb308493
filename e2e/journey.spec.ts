import type { Locator, Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { mapReady, panelHeading, places, regions, ui, uncovered } from './atlas';

/**
 * The first job of the app: open it, see the jurisdiction, click a place on the map itself,
 * read about it. At the default view, on a desktop and on a phone.
 */
const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
] as const;

type Box = { x: number; y: number; width: number; height: number };
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The topmost map symbol (marker or province name) at a point of the page, by its text. */
async function symbolAt(page: Page, x: number, y: number) {
  return page.evaluate(
    ([px, py]) =>
      document.elementFromPoint(px!, py!)?.closest('.leaflet-marker-icon')?.textContent?.trim() ??
      null,
    [x, y],
  );
}

async function tapOrClick(page: Page, touch: boolean, x: number, y: number) {
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** A point where the province is what a click hits: its name on the map, else its shape. */
async function pointOfRegion(page: Page, id: string, name: string) {
  const label = page.locator('.region-label', { hasText: name });
  if (await label.count()) {
    const b = (await label.first().boundingBox())!;
    return { ...centre(b), via: 'label' };
  }
  const path = page.locator(`path.region-${id}`);
  const b = (await path.boundingBox())!;
  const found = await page.evaluate(
    ([bx, by, bw, bh, cls]) => {
      for (let i = 1; i < 12; i++)
        for (let j = 1; j < 12; j++) {
          const x = bx! + (bw! * i) / 12;
          const y = by! + (bh! * j) / 12;
          const el = document.elementFromPoint(x, y);
          if (el?.classList.contains(cls as string)) return { x, y };
        }
      return null;
    },
    [b.x, b.y, b.width, b.height, `region-${id}`] as const,
  );
  if (!found) throw new Error(`no pixel of ${id} is clickable at the default view`);
  return { ...found, via: 'shape' };
}

async function saveShot(page: Page, info: TestInfo, name: string) {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

function closeLink(page: Page): Locator {
  return page.getByRole('main').locator('.panel-head .close-link');
}

/** The names of the office markers that the map's edge cuts through. */
function markersCutByMapEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const m = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    return [...document.querySelectorAll('.office-marker')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      const touches = r.right > m.left && r.left < m.right && r.bottom > m.top && r.top < m.bottom;
      const inside =
        r.left >= m.left && r.right <= m.right && r.top >= m.top && r.bottom <= m.bottom;
      return touches && !inside ? [el.querySelector('.sr-only')?.textContent ?? '?'] : [];
    });
  });
}

function officeMarker(page: Page, name: string): Locator {
  return page
    .locator('.office-marker')
    .filter({ has: page.locator('.sr-only', { hasText: name }) });
}

for (const size of sizes) {
  test.describe(`${size.name} ${size.viewport.width}×${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });

    for (const place of places) {
      test(
        `a ${size.touch ? 'tap' : 'click'} at the centre of ${place.id}'s symbol selects it`,
        { tag: '@map' },
        async ({ page, pageErrors }) => {
          await page.goto('/');
          await mapReady(page);
          const marker = officeMarker(page, place.shortNames['zh-Hant']);
          const box = (await marker.boundingBox())!;
          expect(box.width).toBeGreaterThanOrEqual(24);
          expect(box.height).toBeGreaterThanOrEqual(24);
          const c = centre(box);
          expect(await symbolAt(page, c.x, c.y)).toBe(place.shortNames['zh-Hant']);
          await tapOrClick(page, size.touch, c.x, c.y);
          await expect(page).toHaveURL(new RegExp(`/place/${place.id}$`));
          await expect(panelHeading(page)).toHaveText(place.names['zh-Hant']);
          await expect(panelHeading(page)).toBeInViewport();
          // The panel's kind and close link show too, not under the map.
          await expect.poll(() => uncovered(closeLink(page))).toBe(true);
          // The map still shows the selection, beside or above the panel.
          const map = (await page.locator('.map-canvas').boundingBox())!;
          const selected = (await page.locator('.office-marker.is-selected').boundingBox())!;
          const s = centre(selected);
          expect(s.y).toBeGreaterThan(Math.max(map.y, 0));
          expect(s.y).toBeLessThan(map.y + map.height);
          expect(await symbolAt(page, s.x, s.y)).toBe(place.shortNames['zh-Hant']);
          // Its neighbours are wholly on the map or off it, none half cut by its edge.
          await expect.poll(() => markersCutByMapEdge(page)).toEqual([]);
          expect(pageErrors).toEqual([]);
        },
      );
    }

    test(
      'each of the ten provinces is selectable at the default view in one go',
      { tag: '@map' },
      async ({ page }) => {
        // Ten page loads, each until the map is drawn.
        test.setTimeout(120_000);
        for (const region of regions) {
          await page.goto('/');
          await mapReady(page);
          const p = await pointOfRegion(page, region.id, region.names['zh-Hant']);
          await tapOrClick(page, size.touch, p.x, p.y);
          await expect(page, `${region.id} via its ${p.via}`).toHaveURL(
            new RegExp(`/region/${region.id}$`),
          );
          await expect(panelHeading(page)).toHaveText(region.fullNames['zh-Hant']);
          await expect(panelHeading(page)).toBeInViewport();
          await expect.poll(() => uncovered(closeLink(page))).toBe(true);
        }
      },
    );

    test(
      'no symbol or name covers another at the default view and at zoom 5 around Beijing',
      { tag: '@map' },
      async ({ page }, info) => {
        for (const [url, shot] of [
          ['/', 'default'],
          ['/?map=5/40.0/116.4', 'zoom-5-beijing'],
        ] as const) {
          await page.goto(url);
          await mapReady(page);
          const boxes = await page.locator('.office-marker, .region-label').evaluateAll((els) =>
            els.map((el) => {
              const r = el.getBoundingClientRect();
              return { text: el.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
            }),
          );
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(
                overlap(boxes[i]!, boxes[j]!),
                `${boxes[i]!.text} and ${boxes[j]!.text} overlap at ${url}`,
              ).toBe(false);
          if (size.name === 'desktop' || url === '/') {
            // On a desktop every province is named; on a phone at least the two small ones.
            const names = await page.locator('.region-label').allTextContents();
            const must =
              size.name === 'desktop' ? regions.map((r) => r.names['zh-Hant']) : ['北京', '天津'];
            for (const name of must) expect(names, `${name} at ${url}`).toContain(name);
          }
          await saveShot(page, info, `${size.name}-${shot}`);
        }
      },
    );

    test('the home page says what the map shows: ten provinces, their area and share, four places', async ({
      page,
    }) => {
      await page.goto('/');
      const summary = page.getByRole('region', { name: ui.Jurisdiction.title });
      await expect(summary).toBeVisible();
      for (const r of regions)
        await expect(
          summary.getByRole('link', { name: r.names['zh-Hant'], exact: true }),
        ).toBeVisible();
      for (const p of places)
        await expect(
          summary.getByRole('link', { name: p.shortNames['zh-Hant'], exact: true }),
        ).toBeVisible();
      await expect(summary).toContainText(/約 [\d,]+ km²，佔中國陸地面積 \d+%/);
      if (size.touch) {
        await expect(panelHeading(page)).toBeInViewport();
        await expect(page.locator('.region-label').first()).toBeInViewport();
      }
    });
  });
}

test(
  'province shapes are no Tab stops, and every focusable element has a name',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/');
    await mapReady(page);
    await expect(page.locator('path.region[tabindex]')).toHaveCount(0);
    const unnamed = await page.evaluate(() => {
      const focusable = document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
      );
      const nameOf = (el: HTMLElement) => {
        const labelled = el.getAttribute('aria-labelledby');
        const byId = labelled
          ?.split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
        const labels = (el as HTMLInputElement).labels;
        return (
          el.getAttribute('aria-label') ||
          byId ||
          (labels && [...labels].map((l) => l.textContent).join(' ')) ||
          el.getAttribute('title') ||
          el.textContent ||
          ''
        ).trim();
      };
      return [...focusable]
        .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
        .filter((el) => nameOf(el) === '')
        .map((el) => el.outerHTML.slice(0, 120));
    });
    expect(unnamed).toEqual([]);
  },
);

test(
  'map tools: a metric scale, back to the whole jurisdiction, and streets offered past zoom 10',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/?map=12/39.93/116.38');
    await mapReady(page);
    await expect(page.locator('.leaflet-control-scale-line')).toHaveText(/\d+ (m|km)$/);
    const notice = page.getByRole('status').filter({ hasText: ui.Map.streetLevel });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: ui.Map.streetLevelOn }).click();
    await expect(page).toHaveURL(/layers=osm/);
    await expect(page.getByRole('checkbox', { name: ui.Legend.tiles })).toBeChecked();
    await expect(notice).toHaveCount(0);

    await page.getByRole('button', { name: ui.Map.whole }).click();
    // Back at the overview, every office is on screen again.
    for (const p of places)
      await expect(officeMarker(page, p.shortNames['zh-Hant'])).toBeInViewport();
  },
);

test(
  'on a timeline date the address then in use is drawn and named as the office',
  { tag: '@map' },
  async ({ page }) => {
    await page.goto('/?date=2000-06-01');
    await mapReady(page);
    const former = places.find((p) => p.id === 'former-beijing-office')!;
    await expect(page.locator('.office-marker')).toHaveCount(1);
    await expect(officeMarker(page, former.shortNames['zh-Hant'])).toHaveClass(/role-office/);
    const legend = page.getByRole('group', { name: ui.Legend.label });
    await expect(legend).toContainText(ui.Legend.officeOn);
    await expect(legend).not.toContainText(ui.Legend.formerOffice);
  },
);
