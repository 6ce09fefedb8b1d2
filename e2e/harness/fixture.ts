import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { journalPathIn } from '../../src/main/config/paths'
import { openJournal, type Journal } from '../../src/main/db/open'
import { createDispatch } from '../../src/main/ipc/dispatch'
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveAppAsset } from '../../src/main/window/protocol'
import { createLeapBridge } from '../../src/shared/ipc/bridge'
import { channels } from '../../src/shared/ipc/channels'

/**
 * The harness: the built renderer in Chromium, wired to the real main-process dispatcher over a fresh journal.
 * Only Electron's transport is replaced: `window.leap` is built by the same bridge factory the preload uses,
 * and calls reach the same dispatcher through a Playwright binding instead of ipcRenderer.invoke.
 */
export const APP_URL = 'https://leap.test'
const rendererRoot = join(import.meta.dirname, '../../out/renderer')

interface HarnessFixtures {
  dataDir: string
  journal: Journal
  /** The folder the stubbed native folder dialog answers with, for export. */
  exportFolder: string
  /** Folders the app asked the OS to show (export's "Open folder"). */
  openedFolders: string[]
  /** Opens the app at a screen, e.g. '/team'. */
  openApp: (path?: string) => Promise<void>
}

export const test = base.extend<HarnessFixtures>({
  dataDir: async ({}, use, testInfo) => {
    await use(testInfo.outputPath('data'))
  },

  journal: async ({ dataDir }, use) => {
    const journal = openJournal(journalPathIn(dataDir))
    await use(journal)
    journal.db.close()
  },

  exportFolder: async ({}, use, testInfo) => {
    const folder = testInfo.outputPath('export')
    await mkdir(folder, { recursive: true })
    await use(folder)
  },

  openedFolders: async ({}, use) => {
    await use([])
  },

  page: async ({ page, journal, dataDir, exportFolder, openedFolders }, use) => {
    // Export's desktop seam, stubbed where Electron would show the native dialog and the file manager.
    const dialogs = {
      chooseFolder: async () => exportFolder,
      openFolder: (path: string) => void openedFolders.push(path)
    }
    const dispatch = createDispatch({
      journal,
      app: { name: 'Leap', version: '0.0.0-harness', dataDir },
      dialogs
    })
    let testOver = false
    const closed = { ok: false, error: { code: 'journal_unavailable', message: 'The test has ended.' } }
    // After the test, the page may still be saving while the journal closes: answer without touching it.
    await page.exposeBinding('__leapInvoke', (_source, channel: string, input: unknown) =>
      testOver ? closed : dispatch(channel, input)
    )
    await page.addInitScript({
      content: `window.leap = (${createLeapBridge.toString()})(${JSON.stringify(channels)}, window.__leapInvoke);`
    })
    await page.route(`${APP_URL}/**`, async (route) => {
      const file = resolveAppAsset(rendererRoot, route.request().url(), APP_URL)
      const body = file ? await readFile(file).catch(() => null) : null
      if (!body || !file) return route.fulfill({ status: 404, body: 'Not found' })
      return route.fulfill({
        status: 200,
        body,
        headers: { 'content-type': contentTypeFor(file), 'content-security-policy': CONTENT_SECURITY_POLICY }
      })
    })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await use(page)
    testOver = true
    expect(errors, 'the page threw uncaught errors').toEqual([])
  },

  openApp: async ({ page }, use) => {
    await use(async (path = '/team') => {
      await page.goto(`${APP_URL}/#${path}`)
      await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    })
  }
})

export { expect }
export type { Page }
