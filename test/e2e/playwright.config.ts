import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// Debian's Chromium where present (nothing can be downloaded here); Playwright's own browser otherwise.
const debianChromium = '/usr/bin/chromium';
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Day-first date inputs, as a UK reviewer's browser shows them.
  '--lang=en-GB',
];
const port = 5178;

export default defineConfig({
  testDir: resolve(import.meta.dirname),
  outputDir: resolve(import.meta.dirname, '../../node_modules/.tmp/playwright-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: resolve(import.meta.dirname, '../../node_modules/.tmp/test-results/e2e.json') }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'web',
      testMatch: /web\/.*\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: existsSync(debianChromium) ? debianChromium : undefined,
          args: chromiumFlags,
        },
      },
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: `npx vite preview --config src/renderer/vite.web.config.ts --port ${port} --strictPort`,
    cwd: resolve(import.meta.dirname, '../..'),
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
