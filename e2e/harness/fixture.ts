import { mkdirSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import type { Journal } from '../../src/main/db/open'
import type { ImportSource } from '../../src/shared/domain/import'
import { createSessionDispatch } from '../../src/main/ipc/dispatch'
import { JournalSession } from '../../src/main/session/session'
import type { ReminderNotice } from '../../src/main/reminders/decide'
import { openScreenScript } from '../../src/main/reminders/openScreen'
import { createReminders } from '../../src/main/reminders/scheduler'
import { APP_URL, wireAppPage } from '../support/appPage'

/**
 * The harness: the built renderer in Chromium, wired to the real main-process dispatcher over a fresh journal.
 * Only Electron's transport is replaced: `window.leap` is built by the same bridge factory the preload uses,
 * and calls reach the same dispatcher through a Playwright binding instead of ipcRenderer.invoke.
 */
export { APP_URL }

export interface HarnessFixtures {
  dataDir: string
  /** Backups go to the test's own folder, never the real one. */
  backupDir: string
  /** Runs before the journal opens, so a test can put a damaged or newer journal in place. */
  prepareDataDir: (folders: { dataDir: string; backupDir: string }) => void
  session: JournalSession
  /** The open journal (a test that starts from a broken one uses `session` instead). */
  journal: Journal
  /** What "show in folder" asked the system to show: the harness's stand-in for Electron's shell. */
  shownInFolder: string[]
  /** The folder the stubbed native folder dialog answers with, for export. */
  exportFolder: string
  /**
   * What the stubbed import dialog answers, per source: the folder or file a test sets here, or Cancel
   * (null) while unset. Set it before the app asks.
   */
  importChoices: Partial<Record<ImportSource, string>>
  /** A folder of the test's own for the notes and CSV files it imports. */
  importDir: string
  /** Folders the app asked the OS to show (export's "Open folder"). */
  openedFolders: string[]
  /** The desktop notifications the app showed: the harness's stand-in for Electron's Notification. */
  notifications: ReminderNotice[]
  /**
   * Runs the daily reminder's check as the app does each minute, with the wall clock at `localTime`
   * ("2026-11-27T09:00"); the process's own clock follows the wall clock unless `monotonicMs` is given.
   */
  remindAt: (localTime: string, monotonicMs?: number) => ReminderNotice[]
  /** What a click on a notification does in the app: the page moves to the screen it is about. */
  clickNotification: (notice: ReminderNotice) => Promise<void>
  /** Opens the app at a screen, e.g. '/team'. */
  openApp: (path?: string) => Promise<void>
  /**
   * Folders the page shows instead of the test's own (the pictures in docs/ show where a person's journal
   * would be); the journal and backups still live in the test's folders.
   */
  shownFolders: { dataDir: string; backupDir: string; importDir: string } | null
}

export const test = base.extend<HarnessFixtures>({
  dataDir: async ({}, use, testInfo) => {
    await use(testInfo.outputPath('data'))
  },

  backupDir: async ({}, use, testInfo) => {
    await use(testInfo.outputPath('backups'))
  },

  // A function-valued option: tests override it with test.use({ prepareDataDir: async ({}, use) => use(fn) }).
  prepareDataDir: [async ({}, use) => use(() => {}), { option: true }],

  shownFolders: [null, { option: true }],

  session: async ({ dataDir, backupDir, prepareDataDir }, use) => {
    mkdirSync(dataDir, { recursive: true })
    prepareDataDir({ dataDir, backupDir })
    const session = new JournalSession({ dataDir, backupDir }).open()
    await use(session)
    session.close()
  },

  journal: async ({ session }, use) => {
    if (!session.journal) throw new Error(`The journal did not open: ${session.problem?.message}`)
    await use(session.journal)
  },

  shownInFolder: async ({}, use) => {
    await use([])
  },

  exportFolder: async ({}, use, testInfo) => {
    const folder = testInfo.outputPath('export')
    await mkdir(folder, { recursive: true })
    await use(folder)
  },

  importChoices: async ({}, use) => {
    await use({})
  },

  importDir: async ({}, use, testInfo) => {
    const folder = testInfo.outputPath('import')
    await mkdir(folder, { recursive: true })
    await use(folder)
  },

  openedFolders: async ({}, use) => {
    await use([])
  },

  notifications: async ({}, use) => {
    await use([])
  },

  remindAt: async ({ session, dataDir, notifications }, use) => {
    const clock = { wall: new Date(), monotonicMs: 0 }
    const reminders = createReminders({
      dataDir,
      db: () => session.journal?.db ?? null,
      notify: (notice) => void notifications.push(notice),
      now: () => clock.wall,
      monotonicMs: () => clock.monotonicMs
    })
    await use((localTime, monotonicMs) => {
      clock.wall = new Date(localTime)
      clock.monotonicMs = monotonicMs ?? clock.wall.getTime()
      return reminders.check()
    })
  },

  clickNotification: async ({ page }, use) => {
    await use(async (notice) => {
      await page.evaluate(openScreenScript(notice.path))
    })
  },

  page: async (
    {
      page,
      session,
      dataDir,
      backupDir,
      shownInFolder,
      exportFolder,
      importChoices,
      importDir,
      openedFolders,
      notifications,
      shownFolders
    },
    use
  ) => {
    // The desktop seam, stubbed where Electron would show the file manager and the native folder dialog.
    const dispatch = createSessionDispatch(session, {
      app: { name: 'Leap', version: '0.0.0-harness', dataDir },
      platform: {
        showItemInFolder: (path) => void shownInFolder.push(path),
        chooseFolder: async () => exportFolder,
        chooseImport: async (source) => importChoices[source] ?? null,
        openFolder: (path) => void openedFolders.push(path),
        setTheme: () => {},
        // "Save as" answers with the export folder; the PDF is this page printed by Chromium, as in the app.
        chooseSaveFile: async (name) => join(exportFolder, name),
        printToPdf: async () => new Uint8Array(await page.pdf({ printBackground: true, format: 'A4' })),
        notify: (notice) => void notifications.push(notice)
      }
    })
    let testOver = false
    const closed = { ok: false, error: { code: 'journal_unavailable', message: 'The test has ended.' } }
    // The pictures show a person's folders where the test's own would be.
    const swaps = shownFolders
      ? ([
          [dataDir, shownFolders.dataDir],
          [backupDir, shownFolders.backupDir],
          [importDir, shownFolders.importDir]
        ] as const)
      : []
    const inJson = (path: string) => JSON.stringify(path).slice(1, -1)
    const shown = (answer: unknown) =>
      swaps.length === 0
        ? answer
        : (JSON.parse(
            swaps.reduce(
              (text, [real, pictured]) => text.replaceAll(inJson(real), inJson(pictured)),
              JSON.stringify(answer)
            )
          ) as unknown)
    // After the test, the page may still be saving while the journal closes: answer without touching it.
    await wireAppPage(page.context(), async (channel, input) =>
      testOver ? closed : shown(await dispatch(channel, input))
    )
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
