import type { BrowserWindow, Dialog, Shell } from 'electron'
import type { ExportDialogs } from './jobs'

/** Export's desktop calls with Electron: the native folder picker over the window, the OS file manager. */
export function desktopDialogs(
  dialog: Dialog,
  shell: Shell,
  window: () => BrowserWindow | null
): ExportDialogs {
  return {
    chooseFolder: async () => {
      const options = {
        title: 'Export reflections',
        buttonLabel: 'Export here',
        properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>
      }
      const parent = window()
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    openFolder: (path) => void shell.openPath(path)
  }
}
