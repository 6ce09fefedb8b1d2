import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron'
import type { ImportSource } from '../../shared/domain/import'

/** The options of the native dialog for each kind of import (a pure function, so it is tested without Electron). */
export function importDialogOptions(source: ImportSource): OpenDialogOptions {
  return source === 'markdown'
    ? { title: 'Import notes', buttonLabel: 'Import this folder', properties: ['openDirectory'] }
    : {
        title: 'Import your team',
        buttonLabel: 'Import',
        properties: ['openFile'],
        filters: [
          { name: 'CSV', extensions: ['csv', 'tsv', 'txt'] },
          { name: 'All files', extensions: ['*'] }
        ]
      }
}

/** Import's folder or file, chosen in Electron's dialog over the window; null when the user cancels. */
export function importDialog(dialog: Dialog, window: () => BrowserWindow | null) {
  return async (source: ImportSource): Promise<string | null> => {
    const options = importDialogOptions(source)
    const parent = window()
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
}
