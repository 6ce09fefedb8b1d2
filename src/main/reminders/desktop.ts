import type { BrowserWindow, Notification as ElectronNotification } from 'electron'
import type { ReminderNotice } from './decide'
import { openScreenScript } from './openScreen'

interface Desktop {
  Notification: typeof ElectronNotification
  /** The window to open the screen in, created when none is open (macOS keeps running without one). */
  window: () => BrowserWindow
}

/**
 * Electron's side of a reminder: a system notification whose click brings the window forward at the screen it
 * is about. Shown notifications are held until clicked or closed: a collected one keeps showing but its click
 * listener is gone.
 */
export function desktopNotifier({ Notification, window }: Desktop): (notice: ReminderNotice) => void {
  const shown = new Set<ElectronNotification>()
  return (notice) => {
    if (!Notification.isSupported()) return
    const script = openScreenScript(notice.path)
    const notification = new Notification({ title: notice.title, body: notice.body })
    const release = () => shown.delete(notification)
    notification.once('close', release)
    notification.once('failed', release)
    notification.once('click', () => {
      release()
      const target = window()
      if (target.isMinimized()) target.restore()
      target.show()
      target.focus()
      const run = () => void target.webContents.executeJavaScript(script)
      if (target.webContents.isLoading()) target.webContents.once('did-finish-load', run)
      else run()
    })
    shown.add(notification)
    notification.show()
  }
}
