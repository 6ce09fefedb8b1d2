import { join } from 'node:path'
import { BrowserWindow, app, dialog, ipcMain, nativeTheme, net, protocol, session, shell } from 'electron'
import { pathToFileURL } from 'node:url'
import { journalPathIn, resolveDataDir } from './config/paths'
import { readSettings } from './config/settings'
import { installAppMenu } from './menu/install'
import { rememberPlacement, savedPlacement } from './window/placement'
import { createSessionDispatch, createUnavailableDispatch, type Dispatch } from './ipc/dispatch'
import { sessionOptionsFor } from './session/configure'
import { JournalSession } from './session/session'
import { desktopDialogs } from './export/desktopDialogs'
import { registerIpc } from './ipc/register'
import { denyPermission, denyWindowOpen, isAllowedNavigation, isSafeExternalUrl } from './window/guards'
import { mainWindowOptions } from './window/options'
import {
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  resolveAppAsset
} from './window/protocol'

// Must run before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const trustedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
const rendererRoot = join(import.meta.dirname, '../renderer')

let mainWindow: BrowserWindow | null = null
let journalSession: JournalSession | null = null
let dataDir = ''

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.whenReady().then(start)
}

function start(): void {
  dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
  nativeTheme.themeSource = readSettings(dataDir).settings.theme
  installAppMenu(() => BrowserWindow.getFocusedWindow() ?? mainWindow)
  registerIpc(ipcMain, openDispatch(dataDir), trustedOrigins)
  serveRenderer()
  hardenSessions()
  mainWindow = createMainWindow()
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
    const platform = {
      showItemInFolder: (path: string) => shell.showItemInFolder(path),
      ...desktopDialogs(dialog, shell, () => mainWindow),
      setTheme: (theme: typeof nativeTheme.themeSource) => (nativeTheme.themeSource = theme)
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
}

function createMainWindow(): BrowserWindow {
  const placement = savedPlacement(dataDir)
  const window = new BrowserWindow({
    ...mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), nativeTheme.shouldUseDarkColors),
    ...placement.bounds
  })
  if (placement.maximized) window.maximize()
  rememberPlacement(window, dataDir)
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return denyWindowOpen()
  })
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, trustedOrigins)) {
      event.preventDefault()
      if (isSafeExternalUrl(url)) void shell.openExternal(url)
    }
  })
  window.once('ready-to-show', () => window.show())
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
  if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
})

app.on('will-quit', () => {
  journalSession?.close()
  journalSession = null
})
