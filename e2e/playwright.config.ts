import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, chromiumPathOrExit } from './src/chromium';
import { E2E_BASE_URL, E2E_DATA_DIR, E2E_PG_PORT, E2E_PORT } from './src/constants';

// `npm run test:e2e` checks this before building anything (chromium-check.config.ts).
const executablePath = chromiumPathOrExit();

/**
 * Browser journeys against the real stack: the production build of the API and web app on an
 * embedded PostgreSQL with the seeded demo company, signing in through the demo identity provider.
 * The browser is the machine's Chromium (CHROMIUM_PATH, the usual places, or Playwright's own
 * download: src/chromium.ts); CI installs Debian's.
 */
export default defineConfig({
  testDir: './src',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(executablePath),
  },
  webServer: {
    // A fresh data directory every run: a new embedded database, migrated and seeded at start.
    command: `rm -rf ${E2E_DATA_DIR} && node --enable-source-maps dist/api/apps/api/src/main.js`,
    cwd: '..',
    url: `${E2E_BASE_URL}/health/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      NODE_ENV: 'development',
      PORT: String(E2E_PORT),
      PUBLIC_URL: E2E_BASE_URL,
      DATA_DIR: E2E_DATA_DIR,
      EMBEDDED_POSTGRES_PORT: String(E2E_PG_PORT),
      LOG_LEVEL: 'warn',
    },
  },
});
