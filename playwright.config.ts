import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/browser.ts';
import { siteDist } from './tests/e2e/site.ts';

const port = Number(process.env['E2E_PORT'] ?? 4399);

// The tests run against a production build of the fixture site (`npm run build:test-site` first),
// because search and drafts behave differently in the dev server. Our own static server fails on a taken port.
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
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' }, grep: /@phone/ },
  ],
  webServer: {
    command: `node scripts/serve-dist.ts --port ${port} --dir ${JSON.stringify(siteDist)}`,
    url: `http://127.0.0.1:${port}/nl/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
