import type { Page } from '@playwright/test'
import { expect } from './fixture'

/**
 * Text a user might paste, or an attacker might plant, that must stay text: script tags, event handlers,
 * javascript: links and raw HTML in markdown. Each payload tries to set window.__pwned.
 */
export const HOSTILE_TEXTS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '[click me](javascript:window.__pwned="link")',
  '<a href="javascript:window.__pwned=\'anchor\'">open</a>',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
  '**bold** <b onmouseover="window.__pwned = \'b\'">hover</b>'
] as const

/** Starts recording CSP violations in the page; call before opening the app. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective))
  })
}

/**
 * The page shows `text` literally and nothing in it ran: no element from the payload exists, no handler
 * fired, nothing was assigned. Reflection screens can add a case with one call:
 * `await expectRenderedInert(page, page.getByRole('article'), body)`.
 */
export async function expectRenderedInert(page: Page, where: ReturnType<Page['locator']>, text: string) {
  await expect(where).toContainText(text)
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    injected: document.querySelectorAll(
      '#root script, #root iframe, #root svg[onload], #root img[onerror], #root [onmouseover], #root a[href^="javascript:"]'
    ).length
  }))
  expect(state).toEqual({ pwned: null, injected: 0 })
}
