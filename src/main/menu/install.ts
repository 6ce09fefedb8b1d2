import { Menu, app, type BrowserWindow } from 'electron'
import { commandScript } from './commandScript'
import { appMenuTemplate } from './template'

/** Sets the application menu; a command runs in whichever Leap window is current. */
export function installAppMenu(currentWindow: () => BrowserWindow | null): void {
  const template = appMenuTemplate({
    platform: process.platform,
    appName: app.getName(),
    development: !app.isPackaged,
    run: (id) => {
      const window = currentWindow()
      if (!window) return
      if (window.isMinimized()) window.restore()
      window.focus()
      void window.webContents.executeJavaScript(commandScript(id))
    }
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
