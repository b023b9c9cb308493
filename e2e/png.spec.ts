import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { test, expect } from './fixtures';
import { mapReady, ui } from './atlas';
import { TITLE_BAND } from '../lib/map/png-layout';
import { COLORS } from '../lib/map/region-style';

/**
 * The downloaded picture is the map as it is on screen: sample points of the shapes, the
 * context layer and the markers have the same colour in the file as in a screenshot, under a
 * title band.
 */
type Raw = { data: Buffer; width: number; height: number };

async function decode(png: Buffer | string): Promise<Raw> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The mean colour of the 3×3 pixels around (x, y). */
function colourAt(img: Raw, x: number, y: number): [number, number, number] {
  const sum = [0, 0, 0];
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++) {
      const i = ((Math.round(y) + dy) * img.width + Math.round(x) + dx) * 3;
      for (let c = 0; c < 3; c++) sum[c]! += img.data[i + c]!;
    }
  return sum.map((v) => v / 9) as [number, number, number];
}

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const close = (a: number[], b: number[], tolerance = 24) =>
  a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

/** Points (in the map's own pixels) where a click lands on each thing the picture must show. */
async function samplePoints(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    const points: { what: string; x: number; y: number }[] = [];
    // Below the symbol's centre: in its coloured fill, off the white star.
    for (const el of document.querySelectorAll('.office-marker .marker-symbol')) {
      const r = el.getBoundingClientRect();
      points.push({
        what: 'marker',
        x: r.x + r.width / 2 - map.x,
        y: r.y + r.height / 2 + 6 - map.y,
      });
    }
    // Inside shapes and on the canvas context layer, away from labels, symbols and controls.
    for (let gy = 0.15; gy < 0.9; gy += 0.1)
      for (let gx = 0.1; gx < 0.9; gx += 0.1) {
        const x = map.x + map.width * gx;
        const y = map.y + map.height * gy;
        const around = [-4, 0, 4].flatMap((d) => [
          document.elementFromPoint(x + d, y),
          document.elementFromPoint(x, y + d),
        ]);
        const el = around[0];
        if (!el || around.some((e) => e !== el)) continue;
        const what = el.matches('path.region')
          ? 'province'
          : el.matches('canvas')
            ? 'context'
            : null;
        if (what) points.push({ what, x: x - map.x, y: y - map.y });
      }
    return points;
  });
}

for (const path of ['/', '/region/hebei?date=2018-01-01']) {
  test(
    `the downloaded PNG of ${path} is the map in register, with its title band`,
    { tag: '@map' },
    async ({ page }) => {
      await page.goto(path);
      await mapReady(page);
      await expect(page.locator('.region-label').first()).toBeVisible();
      // The other offices' tints come once the page is idle, their symbols just after: the
      // screenshot and the file are compared with both drawn.
      await expect(page.locator('.network-marker.role-office')).toHaveCount(4);
      const points = await samplePoints(page);
      expect(points.filter((p) => p.what === 'marker').length).toBeGreaterThan(0);
      expect(points.filter((p) => p.what === 'province').length).toBeGreaterThan(3);
      expect(points.filter((p) => p.what === 'context').length).toBeGreaterThan(3);
      const shot = await decode(await page.locator('.leaflet-container').screenshot());

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: ui.Map.download }).click(),
      ]);
      const expected =
        path === '/' ? 'bjo-atlas-jurisdiction.png' : 'bjo-atlas-region-hebei-2018-01-01.png';
      expect(download.suggestedFilename()).toBe(expected);
      const png = await decode((await download.path())!);
      expect(png.width).toBe(shot.width);
      expect(png.height).toBeGreaterThan(TITLE_BAND + shot.height);

      const off: string[] = [];
      for (const p of points) {
        const onScreen = colourAt(shot, p.x, p.y);
        const inFile = colourAt(png, p.x, p.y + TITLE_BAND);
        if (!close(onScreen, inFile))
          off.push(`${p.what} at ${Math.round(p.x)},${Math.round(p.y)}: ${onScreen} vs ${inFile}`);
      }
      expect(off).toEqual([]);
      // The context layer is drawn in its own colour.
      const context = points.find((p) => p.what === 'context')!;
      expect(close(colourAt(png, context.x, context.y + TITLE_BAND), hex(COLORS.china), 30)).toBe(
        true,
      );

      // The title band: white with dark text in it, not map.
      let dark = 0;
      for (let y = 4; y < TITLE_BAND - 4; y++)
        for (let x = 0; x < png.width; x += 2) {
          const [r, g, b] = colourAt(png, x + 1, y);
          if (r! + g! + b! < 300) dark++;
        }
      expect(dark).toBeGreaterThan(30);
      expect(close(colourAt(png, png.width - 8, 8), [255, 255, 255], 2)).toBe(true);
    },
  );
}
