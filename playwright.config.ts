import { defineConfig, devices } from '@playwright/test';
import { chooseBrowser } from './e2e/browser';

const port = Number(process.env.E2E_PORT ?? 3100);
const browser = chooseBrowser();

export default defineConfig({
  testDir: 'e2e',
  // The static export's smoke set has its own config (playwright.static.config.ts).
  testIgnore: 'static/**',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: browser.executablePath, args: browser.args },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `node --import ./scripts/method-guard.mjs node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
