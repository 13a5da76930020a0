// E2E in real Chromium with the built extension (`npm run test:e2e`, which builds first).
// The browser is the system one (scripts/browser/find-chrome.mjs, or $CHROME_PATH): nothing is
// downloaded. Each test gets a fresh profile (tests/e2e/fixtures.ts); the demo CRM server is
// started once per worker.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e/specs',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results',
  // A timed-out test is torn down (its browser closed) before the next one starts.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One worker: every test runs its own Chromium, and some assert latencies (a debtor switch
  // reaching the panel within 500 ms) that two browsers on two cores would make flaky. Measured
  // here: 1 worker 1.5 min, 2 workers 1.9 min (each test 2–3× slower), so 2 buys nothing.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  globalSetup: './tests/e2e/global-setup.ts',
  reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
