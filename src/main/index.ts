import { join, sep } from 'node:path'
import {
  BrowserWindow,
  Notification,
  app,
  dialog,
  ipcMain,
  nativeTheme,
  net,
  protocol,
  session,
  shell
} from 'electron'
import { pathToFileURL } from 'node:url'
import type * as Cli from './cli/main'
import { terminalCommandOf } from './cli/appArgs'
import { journalPathIn, resolveDataDir } from './config/paths'
import { readSettings, updateSettings } from './config/settings'
import { isSmokeTest, runSmokeTest, smokeTestDataDir } from './smoke'
import { startupFailure } from './startup'
import { installContextMenu } from './window/installContextMenu'
import { dictionaryLanguages, spellcheckPlan } from './window/spellcheck'
import { installAppMenu } from './menu/install'
import { rememberPlacement, savedPlacement } from './window/placement'
import { createSessionDispatch, createUnavailableDispatch, type Dispatch } from './ipc/dispatch'
import { sessionOptionsFor } from './session/configure'
import { JournalSession } from './session/session'
import { desktopDialogs } from './export/desktopDialogs'
import { saveDialogs } from './window/saveDialogs'
import { importDialog } from './import/desktopDialog'
import { registerIpc } from './ipc/register'
import { desktopNotifier } from './reminders/desktop'
import { createReminders } from './reminders/scheduler'
import {
  denyPermission,
  denyWindowOpen,
  isAllowedNavigation,
  isLocalRequest,
  isSafeExternalUrl
} from './window/guards'
import { mainWindowOptions } from './window/options'
import {
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  resolveAppAsset
} from './window/protocol'

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const trustedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
const rendererRoot = join(import.meta.dirname, '../renderer')

let mainWindow: BrowserWindow | null = null
let journalSession: JournalSession | null = null
let dataDir = ''
let started = false
const notifyOnDesktop = desktopNotifier({
  Notification,
  window: () => mainWindow ?? (mainWindow = createMainWindow())
})

const terminalArgs = terminalCommandOf(process.argv, Boolean(process.defaultApp))
if (terminalArgs) void runTerminalCommand(terminalArgs).catch(failStart)
else launch()

/**
 * `Leap --export --out <folder> [options]` and `Leap --import --from <folder> [options]`: the same commands
 * as `npm run export` and `npm run import`, run from the one built CLI file (out/cli/leap.mjs) with no window
 * and without the single-instance lock, so an export works while Leap is open (it reads the journal
 * read-only; an import waits for the journal's write lock). JSON on stdout, the exit code as the CLI's.
 */
async function runTerminalCommand(args: string[]): Promise<void> {
  app.dock?.hide()
  const cli = (await import(pathToFileURL(join(import.meta.dirname, '../cli/leap.mjs')).href)) as typeof Cli
  let output = ''
  const code = await cli.runCli(args, {
    env: process.env,
    defaultDataDir: app.getPath('userData'),
    stdout: (text) => (output += `${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`)
  })
  // Exit once stdout is flushed: a pipe is written asynchronously on macOS and Windows.
  process.stdout.write(output, () => app.exit(code))
}

function launch(): void {
  // Must run before the app is ready: lets leap:// behave like https (origin, fetch, secure context).
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  // A second launch shows this Leap: its window, or a new one if none is open (macOS keeps running without).
  app.on('second-instance', () => {
    if (!started) return
    if (!mainWindow) mainWindow = createMainWindow()
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.whenReady().then(start).catch(failStart)
}

/** A start that throws is never a ghost process: one error box, the lock released, exit code 1. */
function failStart(error: unknown): void {
  console.error('Leap could not start', error)
  const { title, content } = startupFailure(error)
  dialog.showErrorBox(title, content)
  app.releaseSingleInstanceLock()
  app.exit(1)
}

async function start(): Promise<void> {
  const smoke = isSmokeTest(process.argv)
  dataDir = smoke ? smokeTestDataDir() : resolveDataDir(process.argv, process.env, app.getPath('userData'))
  nativeTheme.themeSource = readSettings(dataDir).settings.theme
  installAppMenu(() => BrowserWindow.getFocusedWindow() ?? mainWindow)
  const dispatch = openDispatch(dataDir)
  registerIpc(ipcMain, dispatch, trustedOrigins)
  serveRenderer()
  hardenSessions()
  applySpellcheck()
  mainWindow = createMainWindow()
  started = true
  if (!smoke) {
    const db = () => journalSession?.journal?.db ?? null
    createReminders({ dataDir, db, notify: notifyOnDesktop }).start()
  }
  if (smoke) {
    console.log(await runSmokeTest(dispatch, dataDir))
    app.exit(0)
  }
}

const dictionariesFolder = () => join(app.getPath('userData'), 'Dictionaries')

function currentSpellcheckPlan() {
  return spellcheckPlan({
    platform: process.platform,
    preference: readSettings(dataDir).settings.spellcheck,
    available: session.defaultSession.availableSpellCheckerLanguages,
    locale: app.getLocale(),
    local: dictionaryLanguages(dictionariesFolder()),
    dictionariesFolder: dictionariesFolder()
  })
}

/** See window/spellcheck.ts: never a dictionary download. On macOS the two language calls would do nothing. */
function applySpellcheck(): void {
  const plan = currentSpellcheckPlan()
  const ses = session.defaultSession
  if (process.platform !== 'darwin') {
    ses.setSpellCheckerDictionaryDownloadURL(pathToFileURL(dictionariesFolder() + sep).href)
    ses.setSpellCheckerLanguages(plan.languages)
  }
  ses.setSpellCheckerEnabled(plan.enabled)
}

function toggleSpellcheckLanguage(language: string): void {
  const { spellcheck } = readSettings(dataDir).settings
  const current = spellcheck.languages.length ? spellcheck.languages : currentSpellcheckPlan().view.languages
  const languages = current.includes(language)
    ? current.filter((code) => code !== language)
    : [...current, language]
  updateSettings(dataDir, { spellcheck: { enabled: true, languages } })
  applySpellcheck()
}

function openDispatch(dataDir: string): Dispatch {
  const info = { name: app.getName(), version: app.getVersion(), dataDir }
  const journalPath = journalPathIn(dataDir)
  const where = {
    dataDir,
    argv: process.argv,
    env: process.env,
    platform: process.platform,
    warn: console.warn
  }
  try {
    const opened = new JournalSession(sessionOptionsFor({ ...where, home: app.getPath('home') })).open()
    journalSession = opened
    opened.dailyBackup().catch((error) => console.error('Leap: the daily backup failed', error))
    const lastExport = {
      get: () => readSettings(dataDir).settings.lastExportFolder,
      set: (folder: string) => void updateSettings(dataDir, { lastExportFolder: folder })
    }
    const platform = {
      showItemInFolder: (path: string) => shell.showItemInFolder(path),
      ...desktopDialogs(dialog, shell, () => mainWindow, lastExport),
      chooseImport: importDialog(dialog, () => mainWindow),
      ...saveDialogs(dialog, () => mainWindow),
      setTheme: (theme: typeof nativeTheme.themeSource) => (nativeTheme.themeSource = theme),
      spelling: () => currentSpellcheckPlan().view,
      setSpellcheck: applySpellcheck,
      notify: notifyOnDesktop
    }
    return createSessionDispatch(opened, { app: info, platform })
  } catch (error) {
    return createUnavailableDispatch(info, journalPath, (error as Error).message)
  }
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererRoot, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null)
    if (!response?.ok) return new Response('Not found', { status: 404 })
    return new Response(response.body, {
      headers: { 'content-type': contentTypeFor(file), 'content-security-policy': CONTENT_SECURITY_POLICY }
    })
  })
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    denyPermission(permission, callback)
  )
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => denyPermission(permission))
  session.defaultSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isLocalRequest(details.url, trustedOrigins) })
  )
}

function createMainWindow(): BrowserWindow {
  const placement = savedPlacement(dataDir)
  const window = new BrowserWindow({
    ...mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), nativeTheme.shouldUseDarkColors),
    ...placement.bounds
  })
  rememberPlacement(window, dataDir)
  installContextMenu(window, {
    spelling: () => {
      const plan = currentSpellcheckPlan()
      return { languages: plan.languages, choices: plan.choices }
    },
    toggleLanguage: toggleSpellcheckLanguage
  })
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return denyWindowOpen()
  })
  // Electron 45 passes the navigation's details first (its url); the positional url argument is deprecated.
  window.webContents.on('will-navigate', (details) => {
    if (!isAllowedNavigation(details.url, trustedOrigins)) {
      details.preventDefault()
      if (isSafeExternalUrl(details.url)) void shell.openExternal(details.url)
    }
  })
  // Maximised only once the page has drawn: maximize() on a hidden window shows it at once (BrowserWindow docs).
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize()
    window.show()
  })
  window.on('closed', () => (mainWindow = null))
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/`)
  return window
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('activate', () => {
  if (started && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
})

app.on('will-quit', () => {
  journalSession?.close()
  journalSession = null
})
