import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/browser.ts';
import { basePathDist, basePathSite, siteDist } from './tests/e2e/site.ts';

const port = Number(process.env['E2E_PORT'] ?? 4399);

// The tests run against a production build of the fixture site (`npm run build:test-site` first),
// because search and drafts behave differently in the dev server.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
      testIgnore: /base-path\.spec\.ts/,
    },
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' }, grep: /@phone/ },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port + 1}${new URL(basePathSite).pathname}` },
    },
  ],
  // `astro preview` serves each build as a static host would (the site's own 404.html for
  // unknown addresses), the second one under its base path.
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      env: { KB_OUT_DIR: siteDist },
      url: `http://127.0.0.1:${port}/nl/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port + 1}`,
      env: { KB_OUT_DIR: basePathDist, SITE_URL: basePathSite },
      url: `http://127.0.0.1:${port + 1}${new URL(basePathSite).pathname}nl/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
