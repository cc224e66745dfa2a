import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  // One line, then stop: the browser layer cannot run without a browser, and downloads are not possible here.
  console.error(
    `No Chromium at ${chromium}: install it with "apt-get install chromium" (or ` +
      `"npx playwright install chromium" where downloads work), or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

/** Journeys that take far longer than the rest. */
const LONGEST_JOURNEYS = 'browser/rota.spec.ts';

const chromiumUse = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: chromium,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  reporter: process.env.NH_PLAYWRIGHT_JSON
    ? [['list'], ['json', { outputFile: process.env.NH_PLAYWRIGHT_JSON }]]
    : [['list']],
  outputDir: '../test-results/playwright',
  projects: [
    {
      // The council's own service (council/), served by `npm run council`; same browser set-up. Its journeys run one
      // after another (one file), so they start first, beside the longest browser journey, rather than last alone.
      name: 'council',
      // A regular expression on the path under e2e/: a glob would also match a checkout in a folder named council.
      testMatch: /e2e[\\/]council[\\/].*\.spec\.ts$/,
      use: { ...chromiumUse, viewport: { width: 1280, height: 720 } },
    },
    {
      // The longest journey (about two minutes, planning a neighbourhood week) starts early, beside the others, rather
      // than last of the files alone on one worker while the other sits idle.
      name: 'browser-first',
      testMatch: LONGEST_JOURNEYS,
      use: { ...chromiumUse, viewport: { width: 1360, height: 860 } },
    },
    {
      name: 'browser',
      testMatch: 'browser/**/*.spec.ts',
      testIgnore: LONGEST_JOURNEYS,
      use: { ...chromiumUse, viewport: { width: 1360, height: 860 } },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
