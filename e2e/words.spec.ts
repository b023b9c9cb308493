import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  expectNotFoundInEveryLanguage,
  mapReady,
  panelHeading,
  places,
  regions,
  ui,
  type Messages,
} from './atlas';
import enMessages from '../lib/i18n/messages/en.json';

const en: Messages = enMessages;

/**
 * What a reader of each language sees, on every page: no sentence in another language unless
 * it is marked as one (an element with its own `lang`: a name, a title, a quotation, the
 * article on the English pages), and no file path, tool name or coordinate-system jargon.
 */
const LANGUAGES = [
  { tag: 'zh-Hant', prefix: '', map: ui.Map.label },
  { tag: 'zh-Hans', prefix: '/zh-hans', map: '地图' },
  { tag: 'en', prefix: '/en', map: en.Map.label },
] as const;

/** Every page: the home page, then each place and province, with its panel's heading. */
const PAGES = (lang: (typeof LANGUAGES)[number]) => [
  ...places.map((p) => ({ path: `/place/${p.id}`, heading: p.names[lang.tag] })),
  ...regions.map((r) => ({ path: `/region/${r.id}`, heading: r.fullNames[lang.tag] })),
];

const network: { offices: { id: string }[]; liaisonUnits: { id: string }[] } = JSON.parse(
  readFileSync('data/mainland-offices.json', 'utf8'),
);
const networkPlaces = [...network.offices, ...network.liaisonUnits].map((p) => p.id);
const NETWORK_CITIES = ['/city/xian', '/city/kunming?date=2023-01-01', '/city/hong-kong'];

type Finding = { text: string; why: string; where: string };

/**
 * Runs in the page: every text node and every spoken attribute (aria-label, title, alt) of
 * the document, with the language it is marked with, checked against the page's language.
 */
function findWrongWords(): Finding[] {
  const pageLang = document.documentElement.lang;
  const chinesePage = pageLang.startsWith('zh');
  // Three or more Latin-script words in a row, only spaces and light punctuation between (a
  // path like `zh-hans/place/x` is no sentence).
  const latinRun = /[A-Za-z][A-Za-z'’.-]*(?:[\s,;:()]+[A-Za-z][A-Za-z'’.-]*){2,}/;
  const cjk = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;
  const internal: [RegExp, string][] = [
    [/(?:^|[\s(（/])data\/\S/, 'a data/ path'],
    [/\.(?:wiki|json|mjs|tsx?|md)\b/i, 'a file name'],
    [/\b(?:Turf|OpenCC|GCJ|WGS|BD-09|wtf_wikipedia)/i, 'a tool name or datum'],
  ];
  const findings: Finding[] = [];
  const describe = (el: Element) =>
    el.tagName.toLowerCase() +
    (el.id ? `#${el.id}` : '') +
    (el.className ? `.${el.className}` : '');

  const check = (text: string, el: Element) => {
    const marked = el.closest('[lang]')?.getAttribute('lang') ?? pageLang;
    for (const [pattern, why] of internal) {
      const m = pattern.exec(text);
      if (m) findings.push({ text: text.trim().slice(0, 160), why, where: describe(el) });
    }
    if (marked !== pageLang) return; // marked as another language: a name, title or quotation
    if (chinesePage) {
      const m = latinRun.exec(text);
      if (m) findings.push({ text: m[0], why: 'English on a Chinese page', where: describe(el) });
    } else {
      const m = cjk.exec(text);
      if (m) {
        findings.push({
          text: text.trim().slice(0, 80),
          why: 'Chinese on the English page',
          where: describe(el),
        });
      }
    }
  };

  // Not read: code, and the timeline's controls, whose words (key dates naming heads and events)
  // e2e/timeline.spec.ts owns.
  const skipped = 'script, style, noscript, template, .timeline-control';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest(skipped)) continue;
    if (node.textContent?.trim()) check(node.textContent, el);
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [alt]')) {
    if (el.closest(skipped)) continue;
    for (const name of ['aria-label', 'title', 'alt']) {
      const value = el.getAttribute(name);
      if (value?.trim()) check(value, el);
    }
  }
  check(document.title, document.documentElement);
  return findings;
}

async function scan(page: Page, path: string): Promise<string[]> {
  const findings = await page.evaluate(findWrongWords);
  return [...new Set(findings.map((f) => `${path}: ${f.why}: "${f.text}" (${f.where})`))];
}

for (const lang of LANGUAGES) {
  test(
    `${lang.tag}: every page speaks the language, with no internal paths or tool names`,
    { tag: '@map' },
    async ({ page }) => {
      test.setTimeout(120_000);
      const home = lang.prefix || '/';
      const res = await page.goto(home);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang.tag);
      // The map's labels and buttons are part of the page too.
      await mapReady(page, lang.map);
      const findings = await scan(page, home);
      // Each place and province as a reader reaches it: from the list, on the same page.
      for (const { path, heading } of PAGES(lang)) {
        const url = lang.prefix + path;
        // Once the page runs, a link's href carries the current state (`?map=` after a move).
        await page.locator(`nav a[href="${url}"], nav a[href^="${url}?"]`).first().click();
        await expect(page).toHaveURL(new RegExp(`${url}(\\?.*)?$`));
        await expect(panelHeading(page)).toHaveText(heading);
        await expect(page.locator('html')).toHaveAttribute('lang', lang.tag);
        findings.push(...(await scan(page, url)));
      }
      // The other Mainland offices' pages, and cities they serve, reached by their addresses.
      for (const path of [...networkPlaces.map((id) => `/place/${id}`), ...NETWORK_CITIES]) {
        const url = lang.prefix + path;
        await page.goto(url);
        await expect(page.getByRole('main').locator('#panel-title')).toBeVisible();
        findings.push(...(await scan(page, url)));
      }
      expect(findings).toEqual([]);
    },
  );
}

test('the English home page is headed and titled in English, the Chinese name beside it', async ({
  page,
}) => {
  const office = places.find((p) => p.id === 'beijing-office')!;
  await page.goto('/en');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(office.names.en);
  await expect(heading).toHaveAttribute('lang', 'en');
  await expect(page.getByText(office.names['zh-Hant'], { exact: true }).first()).toHaveAttribute(
    'lang',
    'zh-Hant',
  );
  expect(await page.title()).toContain(office.names.en);
  expect(await page.title()).not.toMatch(/\p{Script=Han}/u);
});

test('an unknown address under a language prefix answers in that language', async ({
  page,
  pageErrors,
}) => {
  const cases = [
    { path: '/en/nothing-here', lang: 'en', title: en.NotFound.title, back: en.NotFound.back },
    { path: '/en/place/nowhere', lang: 'en', title: en.NotFound.title, back: en.NotFound.back },
    { path: '/zh-hans/nothing-here', lang: 'zh-Hans', title: '找不到页面', back: '返回办事处地图' },
    { path: '/zh-hans/region/hubei', lang: 'zh-Hans', title: '找不到页面', back: '返回办事处地图' },
  ];
  for (const c of cases) {
    const res = await page.goto(c.path);
    expect(res?.status(), c.path).toBe(404);
    await expect(page.locator('html'), c.path).toHaveAttribute('lang', c.lang);
    await expect(page.getByRole('heading', { level: 1 }), c.path).toHaveText(c.title);
    await expect(page.getByRole('link', { name: c.back })).toBeVisible();
    expect(await page.title(), c.path).toContain(c.title);
    expect(await scan(page, c.path)).toEqual([]);
  }
  // Without a prefix the language is unknown: all three.
  await expectNotFoundInEveryLanguage(page, '/nothing-here');
  // The page served at an address not its own hydrates without a mismatch.
  expect(pageErrors).toEqual([]);
});

test('with JavaScript off, an unknown address under a prefix answers in that language alone', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const c of [
    { path: '/en/nothing-here', lang: 'en', title: en.NotFound.title, others: ['找不到'] },
    { path: '/en/region/hubei', lang: 'en', title: en.NotFound.title, others: ['找不到'] },
    {
      path: '/zh-hans/nothing/here',
      lang: 'zh-Hans',
      title: '找不到页面',
      others: ['找不到頁面', en.NotFound.title],
    },
  ]) {
    const res = await page.goto(`${baseURL}${c.path}`);
    expect(res?.status(), c.path).toBe(404);
    await expect(page.locator('html'), c.path).toHaveAttribute('lang', c.lang);
    await expect(page.getByRole('heading', { level: 1, name: c.title }), c.path).toBeVisible();
    const text = await page.locator('body').innerText();
    for (const other of c.others) expect(text, c.path).not.toContain(other);
    expect(await page.title(), c.path).toContain(c.title);
  }
  // Without a prefix the language is unknown: all three.
  await expectNotFoundInEveryLanguage(page, `${baseURL}/nothing-here`);
  await context.close();
});
