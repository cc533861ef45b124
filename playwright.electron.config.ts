import { defineConfig } from '@playwright/test';

/**
 * The desktop app through Playwright's `_electron` (the built out/ bundle on the default data).
 * Without an Electron binary (offline install) the suite reports itself skipped with the reason.
 */
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: 'test-results/electron',
});
