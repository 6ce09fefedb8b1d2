import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type TestInfo
} from '@playwright/test'
import { findElectronBinary } from '../../scripts/electron-binary.mjs'

/**
 * What only real Electron can show: the window's actual web preferences, the leap:// protocol, the preload,
 * the single-instance lock. Runs where Electron's binary is installed; elsewhere it skips, saying why.
 */
const executablePath = findElectronBinary()
const SKIP_REASON =
  'Electron suite skipped: Electron’s binary is not installed here (it downloads on first `npm start` where the network allows).'
if (!executablePath && process.env.TEST_WORKER_INDEX === undefined) console.log(SKIP_REASON)

const mainEntry = join(import.meta.dirname, '../../out/main/index.js')
/** Journal and backups in the test's own folders: a test never writes into the real home folder. */
const leapArgs = (testInfo: TestInfo) => [
  mainEntry,
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

  test('a second launch does not open a second Leap', async ({}, testInfo) => {
    await app.firstWindow()
    const second = await electron.launch({
      executablePath: executablePath!,
      args: leapArgs(testInfo)
    })
    await expect.poll(() => second.process().exitCode, { timeout: 10_000 }).not.toBeNull()
    expect(app.windows()).toHaveLength(1)
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
})
