import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
]

/**
 * The browser the harness drives: LEAP_CHROMIUM if set, else Playwright's own Chromium if one was installed,
 * else a system Chromium or Chrome. Never downloads one.
 */
export function findChromium(): string | null {
  const fromEnv = process.env.LEAP_CHROMIUM
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  let bundled: string | null = null
  try {
    bundled = chromium.executablePath()
  } catch {
    bundled = null
  }
  return [bundled, ...systemBrowsers].find((path): path is string => !!path && existsSync(path)) ?? null
}

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the e2e tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set LEAP_CHROMIUM to a Chromium or Chrome executable.'

/** Flags for a quiet, offline, headless run; the sandbox is off because CI runs as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run'
]
