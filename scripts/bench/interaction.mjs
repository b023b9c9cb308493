// Click → panel: from a click on a link of the place list to the frame in which the panel's
// heading (`main h1`) shows the selected place or province. In the page, a capture listener
// marks `bench:click` as the click event is dispatched; a MutationObserver sees the heading
// change, then requestAnimationFrame + a MessageChannel task (the first task after that frame
// was rendered) marks `bench:panel`; the measure between them is one sample.
import { loopbackOnly } from './browser.mjs';

// The default language's place list (the bench measures the home page at /).
const NAV_LINKS = 'nav.place-list a';

/** Installs the listeners for one click; resolves in the page with the measure in ms. */
function armInPage({ path, heading }) {
  performance.clearMarks('bench:click');
  performance.clearMarks('bench:panel');
  window.__benchSample = new Promise((resolve, reject) => {
    const shows = () =>
      location.pathname === path &&
      document.querySelector('main h1')?.textContent?.trim() === heading;
    const observer = new MutationObserver(() => {
      if (!shows()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          performance.mark('bench:panel');
          const m = performance.measure('bench:click→panel', 'bench:click', 'bench:panel');
          resolve(m.duration);
        };
        channel.port2.postMessage(null);
      });
    });
    addEventListener('click', () => performance.mark('bench:click'), { capture: true, once: true });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error(`panel did not show "${heading}" at ${path} within 10 s`));
    }, 10_000);
  });
}

/** Each link's path and the heading its page shows, read from the pages themselves. */
async function targets(page, baseUrl) {
  const links = await page.locator(NAV_LINKS).evaluateAll((as) =>
    as.map((a) => ({
      path: new URL(a.href).pathname,
      kind: new URL(a.href).pathname.split('/')[1],
    })),
  );
  for (const link of links) {
    await page.goto(baseUrl + link.path);
    link.heading = (await page.locator('main h1').first().textContent())?.trim();
  }
  return links;
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {{ clicks: number, ready: (page: import('@playwright/test').Page) => Promise<void>, cpuRate?: number }} opts
 *   cpuRate: CPU slowdown through CDP `Emulation.setCPUThrottlingRate` (1 = none)
 */
export async function measureClickToPanel(browser, baseUrl, { clicks, ready, cpuRate = 1 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await loopbackOnly(context);
  const page = await context.newPage();
  if (cpuRate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  }
  try {
    await page.goto(baseUrl + '/');
    const all = await targets(page, baseUrl);
    const regions = all.filter((t) => t.kind === 'region');
    const places = all.filter((t) => t.kind === 'place');
    if (!regions.length || !places.length)
      throw new Error('the place list has no places or no provinces');

    await page.goto(baseUrl + '/');
    await ready(page);
    await page.waitForLoadState('networkidle'); // the links' prefetches, as a visitor who waited
    const samples = [];
    for (let i = 0; i < clicks; i++) {
      // Alternate provinces and places (a province first: it differs from the home heading).
      const list = i % 2 === 0 ? regions : places;
      const target = list[Math.floor(i / 2) % list.length];
      await page.evaluate(armInPage, target);
      await page.locator(`${NAV_LINKS}[href^="${target.path}"]`).first().click();
      samples.push({ path: target.path, ms: await page.evaluate(() => window.__benchSample) });
      await page.waitForTimeout(500); // let the map finish its own animation before the next click
    }
    return samples;
  } finally {
    await context.close();
  }
}
