import { screen, type BrowserWindow } from 'electron'
import { readSettings, updateSettings } from '../config/settings'
import { restoreWindowState } from './windowState'

/** Where the main window opens: the saved place if a screen still shows it (see windowState.ts). */
export function savedPlacement(dataDir: string) {
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
  const workAreas = [primary, ...others].map((display) => display.workArea)
  return restoreWindowState(readSettings(dataDir).settings.windowState, workAreas)
}

/** Saves the window's place when it closes (its normal bounds, even when maximised). */
export function rememberPlacement(window: BrowserWindow, dataDir: string): void {
  window.on('close', () => {
    try {
      updateSettings(dataDir, {
        windowState: { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
      })
    } catch (error) {
      // An unreadable settings file is left as it is; the window then opens at the default place.
      console.warn('Leap: the window position was not saved', error)
    }
  })
}
