// The system Chromium through Playwright (headless), as the e2e tests launch it.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './paths.mjs';

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Only loopback: any request to another host is aborted (the page must not reach out). */
export async function loopbackOnly(context) {
  await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/)/, (route) =>
    route.abort(),
  );
}
