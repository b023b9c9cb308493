// When the first office marker is on screen, on a throttled phone-like load: 4× CPU and
// Lighthouse's mobile network (150 ms, 1.6 Mbit/s down, 750 kbit/s up) applied through CDP.
import { loopbackOnly } from './browser.mjs';

export const THROTTLING = {
  cpuRate: 4,
  latencyMs: 150,
  downloadBps: (1.6 * 1024 * 1024) / 8,
  uploadBps: (750 * 1024) / 8,
};

/**
 * Milliseconds from navigation start to the first visible element matching `selector`.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url @param {string} selector
 */
export async function firstMarkerMs(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await loopbackOnly(context);
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuRate });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.latencyMs,
      downloadThroughput: THROTTLING.downloadBps,
      uploadThroughput: THROTTLING.uploadBps,
    });
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      (sel) => {
        for (const el of document.querySelectorAll(sel)) {
          const r = el.getBoundingClientRect();
          const inView =
            r.width > 0 &&
            r.bottom > 0 &&
            r.top < innerHeight &&
            r.right > 0 &&
            r.left < innerWidth;
          if (inView) return performance.now();
        }
        return false;
      },
      selector,
      { polling: 'raf', timeout: 60_000 },
    );
    return Math.round(await handle.jsonValue());
  } finally {
    await context.close();
  }
}
