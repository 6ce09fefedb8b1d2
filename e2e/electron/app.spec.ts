import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
  type TestInfo
} from '@playwright/test'
import { findElectronBinary } from '../../scripts/electron-binary.mjs'
import { seedJournal } from '../../scripts/lib/seed'
import { closeJournal, openJournal } from '../../src/main/db/open'

/**
 * What only real Electron can show: the window's actual web preferences, the leap:// protocol, the preload,
 * the single-instance lock. Runs where Electron's binary is installed; elsewhere it skips, saying why.
 */
const executablePath = findElectronBinary()
const SKIP_REASON =
  'Electron suite skipped: Electron’s binary is not installed here (it downloads on first `npm start` where the network allows).'
if (!executablePath && process.env.TEST_WORKER_INDEX === undefined) console.log(SKIP_REASON)

/** The app folder (its package.json names it Leap), as `electron .` launches it. */
const appFolder = join(import.meta.dirname, '../..')
/**
 * User data (and with it the single-instance lock and Electron's own files), journal and backups in the
 * test's own folders: a test never meets a running Leap or writes into the real home folder.
 */
const leapArgs = (testInfo: TestInfo) => [
  appFolder,
  `--user-data-dir=${testInfo.outputPath('user-data')}`,
  '--data-dir',
  testInfo.outputPath('data'),
  '--backup-dir',
  testInfo.outputPath('backups')
]

test.describe('Leap in Electron', () => {
  test.skip(!executablePath, SKIP_REASON)

  let app: ElectronApplication

  test.beforeEach(async ({}, testInfo) => {
    app = await electron.launch({
      executablePath: executablePath!,
      args: leapArgs(testInfo)
    })
  })
  test.afterEach(async () => app?.close())

  test('the window is isolated, sandboxed and served from leap://', async () => {
    const page = await app.firstWindow()
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    expect(page.url()).toMatch(/^leap:\/\/app\//)
    const preferences = await app.evaluate(({ BrowserWindow }) =>
      (
        BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
          getLastWebPreferences: () => Record<string, unknown>
        }
      ).getLastWebPreferences()
    )
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false
    })
    expect(
      await page.evaluate(() => [
        typeof (window as never as { require?: unknown }).require,
        typeof (window as never as { process?: unknown }).process
      ])
    ).toEqual(['undefined', 'undefined'])
  })

  test('a leader adds a team member and still sees them after a restart', async ({}, testInfo) => {
    const page = await app.firstWindow()
    await page.getByRole('button', { name: 'Add your first team member' }).click()
    await page.getByLabel('Name').fill('Ana Lima')
    await page.getByRole('button', { name: 'Add member' }).click()
    await expect(page.getByRole('list', { name: 'Team members' })).toContainText('Ana Lima')
    await app.close()

    app = await electron.launch({
      executablePath: executablePath!,
      args: leapArgs(testInfo)
    })
    const again = await app.firstWindow()
    await expect(again.getByRole('list', { name: 'Team members' })).toContainText('Ana Lima')
  })

  test('navigation away from the app and new windows are refused', async () => {
    const page = await app.firstWindow()
    await page.evaluate(() => {
      window.open('https://example.com/')
      window.location.href = 'https://example.com/'
    })
    await page.waitForTimeout(500)
    expect(page.url()).toMatch(/^leap:\/\/app\//)
    expect(app.windows()).toHaveLength(1)
  })

  test('scripts served from leap:// go to V8’s code cache, so later launches parse less', async ({}, testInfo) => {
    await app.close()
    const userData = testInfo.outputPath('user-data')
    const sections = (page: Page) => expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    for (let launch = 0; launch < 2; launch += 1) {
      app = await electron.launch({
        executablePath: executablePath!,
        args: [`--user-data-dir=${userData}`, ...leapArgs(testInfo)]
      })
      const page = await app.firstWindow()
      await sections(page)
      // Chromium writes a script's code cache when the script runs again.
      await page.reload()
      await sections(page)
      await app.close()
    }
    // Electron's own test of the privilege (spec/api-protocol-spec.ts) counts this folder: it holds two
    // index files when nothing is cached.
    expect(readdirSync(join(userData, 'Code Cache', 'js')).length).toBeGreaterThan(2)
  })

  test('a second launch does not open a second Leap', async ({}, testInfo) => {
    await app.firstWindow()
    // As a user starts it: a plain process, not one Playwright instruments.
    const second = spawnSync(executablePath!, leapArgs(testInfo), { timeout: 20_000 })
    expect(second.status).toBe(0)
    expect(app.windows()).toHaveLength(1)
  })

  test('links open outside only for https and mailto, and the session requests nothing outside the app', async () => {
    const page = await app.firstWindow()
    await app.evaluate(({ shell, session }) => {
      const seen = globalThis as unknown as { opened: string[]; requested: string[] }
      seen.opened = []
      seen.requested = []
      shell.openExternal = (async (url: string) => void seen.opened.push(url)) as never
      session.defaultSession.webRequest.onSendHeaders((details) => void seen.requested.push(details.url))
    })
    await page.evaluate(() => {
      for (const href of [
        'https://example.com/a',
        'mailto:ana@example.com',
        'notes.md',
        'file:///etc/passwd'
      ]) {
        const link = Object.assign(document.createElement('a'), { href, target: '_blank' })
        document.body.append(link)
        link.click()
      }
      window.location.href = 'notes.md'
    })
    await page.waitForTimeout(1000)
    expect(page.url()).toMatch(/^leap:\/\/app\/($|#)/)
    const seen = await app.evaluate(() => globalThis as unknown as { opened: string[]; requested: string[] })
    expect(seen.opened).toEqual(['https://example.com/a', 'mailto:ana@example.com'])
    expect(seen.requested.filter((url) => !url.startsWith('leap://app/'))).toEqual([])
  })

  test('the daily backup lands in the chosen backups folder, and a damaged journal opens the recovery screen', async ({}, testInfo) => {
    const page = await app.firstWindow()
    await page.getByRole('link', { name: 'Backups' }).click()
    await expect(page.getByRole('list', { name: 'Backups' })).toContainText('Daily')
    await app.close()

    writeFileSync(join(testInfo.outputPath('data'), 'leap.sqlite'), 'not a journal any more')
    app = await electron.launch({ executablePath: executablePath!, args: leapArgs(testInfo) })
    const again = await app.firstWindow()
    await expect(again.getByRole('heading', { name: 'Leap could not open your journal' })).toBeVisible()
    await expect(again.getByRole('button', { name: /^Restore the backup from / })).toBeVisible()
  })

  test('the application menu has Leap’s commands with their accelerators, and a menu click runs one', async () => {
    const page = await app.firstWindow()
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    const menu = await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()!.items.map((top) => ({
        label: top.label.replace('&', ''),
        items: top.submenu!.items.filter((item) => item.id).map((item) => [item.id, item.accelerator])
      }))
    )
    expect(menu.map((top) => top.label)).toEqual(
      expect.arrayContaining(['File', 'Edit', 'View', 'Go', 'Window', 'Help'])
    )
    expect(menu.find((top) => top.label === 'File')!.items).toContainEqual(['new.oneOnOne', 'CmdOrCtrl+N'])
    await app.evaluate(({ Menu, BrowserWindow }) => {
      const item = Menu.getApplicationMenu()!.getMenuItemById('go.settings')!
      item.click(undefined, BrowserWindow.getAllWindows()[0])
    })
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  })

  test('the window opens where it was closed, and on a visible screen', async ({}, testInfo) => {
    await app.firstWindow()
    const bounds = { x: 40, y: 60, width: 900, height: 640 }
    await app.evaluate(
      ({ BrowserWindow }, wanted) => BrowserWindow.getAllWindows()[0]!.setBounds(wanted),
      bounds
    )
    await app.close()
    app = await electron.launch({ executablePath: executablePath!, args: leapArgs(testInfo) })
    await app.firstWindow()
    const reopened = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds())
    expect(reopened).toMatchObject({ width: 900, height: 640 })
    await app.close()

    // A place on a monitor that is no longer there: the window comes back onto the screen.
    const settingsPath = join(testInfo.outputPath('data'), 'settings.json')
    const settings = JSON.parse(readFileSync(settingsPath, 'utf8'))
    writeFileSync(
      settingsPath,
      JSON.stringify({
        ...settings,
        windowState: { bounds: { x: 9000, y: 9000, width: 900, height: 640 }, maximized: false }
      })
    )
    app = await electron.launch({ executablePath: executablePath!, args: leapArgs(testInfo) })
    await app.firstWindow()
    const visible = await app.evaluate(({ BrowserWindow, screen }) => {
      const { x, y } = BrowserWindow.getAllWindows()[0]!.getBounds()
      return screen
        .getAllDisplays()
        .some(({ workArea: a }) => x >= a.x && y >= a.y && x < a.x + a.width && y < a.y + a.height)
    })
    expect(visible).toBe(true)
  })

  test('a whole-journal export large enough for the writer thread completes in the app', async ({}, testInfo) => {
    await app.firstWindow()
    await app.close()
    // 600 reflections: from 500 files a first export writes on a second thread (export/fileQueue.ts), whose
    // waits (Atomics.wait) run on Electron's main thread; only this suite shows they are allowed there.
    const journal = openJournal(join(testInfo.outputPath('data'), 'leap.sqlite'))
    seedJournal(journal.db, { reflections: 600, seed: 5 })
    closeJournal(journal)
    const folder = testInfo.outputPath('export')
    mkdirSync(folder)

    app = await electron.launch({ executablePath: executablePath!, args: leapArgs(testInfo) })
    await app.evaluate(({ dialog }, chosen) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as never
    }, folder)
    const page = await app.firstWindow()
    await page.getByRole('link', { name: 'Journal' }).click()
    await page.getByRole('button', { name: 'Export' }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export to markdown' })
    await exportDialog.getByRole('radio', { name: 'Everything' }).check()
    await exportDialog.getByRole('button', { name: 'Choose folder and export' }).click()
    await expect(exportDialog.getByText('Exported 600 reflections')).toBeVisible({ timeout: 60_000 })
    const written = readdirSync(join(folder, 'Reflections'), { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && entry.parentPath.match(/Reflections\/\d{4}$/)
    )
    expect(written).toHaveLength(600)
  })
})
