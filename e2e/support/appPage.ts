import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveAppAsset } from '../../src/main/window/protocol'
import { createLeapBridge } from '../../src/shared/ipc/bridge'
import { channels } from '../../src/shared/ipc/channels'

/** The fixed origin the built renderer is served under, standing in for the app's leap://app. */
export const APP_URL = 'https://leap.test'
export const rendererRoot = join(import.meta.dirname, '../../out/renderer')

/** Answers a call as main's IPC door does: (channel, input) -> envelope. */
export type Invoke = (channel: string, input: unknown) => unknown

/**
 * Wires a page (or every page of a browser context) as the app's window: `window.leap` built by the same bridge factory the preload uses, calls
 * reaching `invoke` through a Playwright binding instead of ipcRenderer.invoke, and the built renderer served
 * under APP_URL through the same path resolution and CSP as the leap:// protocol. Used by the e2e harness and
 * the benchmark, so neither can drift from the other or from the app.
 *
 * Each answer crosses as JSON text, parsed in the page: Electron copies it natively (structured clone), and
 * Playwright's own value transfer rebuilt it in JavaScript, which the app never pays (the 50,000-reflection
 * journal's first screen read 48 ms slower for it, Insights 320 ms). The contract's answers are plain JSON.
 */
export async function wireAppPage(page: Page | BrowserContext, invoke: Invoke): Promise<void> {
  await page.exposeBinding('__leapInvoke', async (_source, channel: string, input: unknown) =>
    JSON.stringify(await invoke(channel, input))
  )
  await page.addInitScript({
    content: `window.leap = (${createLeapBridge.toString()})(${JSON.stringify(channels)}, (channel, input) => window.__leapInvoke(channel, input).then(JSON.parse));`
  })
  await page.route(`${APP_URL}/**`, async (route) => {
    const file = resolveAppAsset(rendererRoot, route.request().url(), APP_URL)
    const body = file ? await readFile(file).catch(() => null) : null
    if (!body || !file) return route.fulfill({ status: 404, body: 'Not found' })
    return route.fulfill({ status: 200, body, headers: appHeaders(file) })
  })
}

/** The headers the app's protocol answers with. */
export const appHeaders = (file: string) => ({
  'content-type': contentTypeFor(file),
  'content-security-policy': CONTENT_SECURITY_POLICY
})
