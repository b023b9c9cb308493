import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a system Chromium running as root in a container with no network. */
export const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
];

export type BrowserChoice = { executablePath?: string; args: string[]; description: string };

/**
 * Picks the browser for e2e tests: Playwright's own Chromium when installed, else the system
 * Chromium (CHROMIUM_PATH, then /usr/bin/chromium). Throws one how-to message when neither exists.
 */
export function chooseBrowser(): BrowserChoice {
  const bundled = safeBundledPath();
  if (bundled && existsSync(bundled))
    return { args: [], description: `Playwright Chromium (${bundled})` };
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const system = candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
  if (system) return { executablePath: system, args: systemChromiumArgs, description: system };
  throw new Error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one of:',
      '  npx playwright install chromium        (Playwright’s own build, needs internet)',
      '  apt-get update && apt-get install -y chromium   (Debian/Ubuntu system package)',
      'or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
    ].join('\n'),
  );
}

function safeBundledPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
