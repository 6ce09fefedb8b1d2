import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * The main window. The renderer is an ordinary web page with no Node.js: it reaches main only through the
 * preload's `window.leap`. Kept a plain function so its security settings are unit-tested.
 */
export function mainWindowOptions(preloadPath: string, dark: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 760,
    minHeight: 520,
    title: 'Leap',
    show: false,
    backgroundColor: dark ? '#17181c' : '#f7f7f8',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true
    }
  }
}
