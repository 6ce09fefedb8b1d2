import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findChromium } from './e2e/support/browser'

const executablePath = findChromium()
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE)
  process.exit(1)
}

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  // Two cores shared by Chromium, the journal and the test runner: typing into the editor can be slow.
  timeout: 60_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1200, height: 800 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure'
  },
  projects: [
    { name: 'harness', testMatch: 'harness/**/*.spec.ts' },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
    // The pictures in docs/screenshots: `npm run screenshots`, not part of the test run.
    { name: 'screenshots', testMatch: 'screenshots/**/*.spec.ts' }
  ]
})
