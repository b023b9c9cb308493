import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The static export's smoke set (`npm run test:e2e:static`, after `npm run build:static`):
// `out/` served by `serve` with the serve.json it ships, as a static host would serve it. The
// browser, viewport, offline fixtures and reporting are the main suite's (playwright.config.ts).
const port = Number(process.env.E2E_STATIC_PORT ?? 3310);

export default defineConfig({
  ...base,
  testDir: 'e2e/static',
  testIgnore: undefined,
  outputDir: 'test-results/static',
  timeout: 30_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node node_modules/serve/build/main.js out -l tcp://127.0.0.1:${port} --no-clipboard`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
