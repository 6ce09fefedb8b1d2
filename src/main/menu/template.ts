import type { MenuItemConstructorOptions } from 'electron'
import { appCommand, type AppCommandId } from '../../shared/desktop/appCommands'

export interface MenuOptions {
  platform: NodeJS.Platform
  appName: string
  /** Reload and developer tools appear only in development builds. */
  development: boolean
  /** Runs one of Leap's commands in the window (see commandScript.ts). */
  run: (id: AppCommandId) => void
}

/**
 * The application menu as a plain template (unit-tested without Electron): the platform's usual roles for
 * editing, zoom and windows, and Leap's commands with the accelerators of the shared command list. Each
 * Leap item carries its command id as the item's `id`, and its click runs exactly that command.
 */
export function appMenuTemplate({
  platform,
  appName,
  development,
  run
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const command = (id: AppCommandId): MenuItemConstructorOptions => {
    const { label, accelerator } = appCommand(id)
    return { id, label, accelerator, click: () => run(id) }
  }
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      command('go.settings'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' }
    ]
  }
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('new.oneOnOne'),
      command('new.reflection'),
      command('new.delegation'),
      separator,
      command('export.open'),
      command('backup.now'),
      command('data.showFolder'),
      ...(mac ? [] : [separator, command('go.settings'), separator, { role: 'quit' } as const])
    ]
  }
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' }
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(development ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' }
    ]
  }
  const go: MenuItemConstructorOptions = {
    label: '&Go',
    submenu: [
      command('palette.open'),
      separator,
      command('go.team'),
      command('go.delegations'),
      command('go.journal'),
      command('go.actions'),
      command('go.insights'),
      command('go.trash'),
      command('go.backups')
    ]
  }
  const window: MenuItemConstructorOptions = {
    label: '&Window',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }, separator, { role: 'window' }]
      : // The minimize role takes Ctrl+M, which the reflection editor uses to let Tab move the focus
        // (CodeMirror's binding; Windows and Linux minimise with the window manager's own keys).
        [{ label: 'Minimize', click: (_item, window) => window?.minimize() }, { role: 'close' }]
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [command('shortcuts.show')]
  }
  return [...(mac ? [appMenu] : []), file, edit, view, go, window, help]
}
