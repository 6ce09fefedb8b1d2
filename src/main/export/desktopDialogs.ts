import type { BrowserWindow, Dialog, Shell } from 'electron'
import type { ExportDialogs } from './jobs'

/** Where the previous export went, so the folder dialog opens there (kept in settings.json). */
export interface RememberedFolder {
  get(): string | undefined
  set(folder: string): void
}

/** Export's desktop calls with Electron: the native folder picker over the window, the OS file manager. */
export function desktopDialogs(
  dialog: Dialog,
  shell: Shell,
  window: () => BrowserWindow | null,
  remembered: RememberedFolder
): ExportDialogs {
  return {
    chooseFolder: async () => {
      const options = {
        title: 'Export reflections',
        buttonLabel: 'Export here',
        defaultPath: remembered.get(),
        properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>
      }
      const parent = window()
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      const folder = result.canceled ? null : (result.filePaths[0] ?? null)
      if (folder) remembered.set(folder)
      return folder
    },
    // shell.openPath resolves with an error message, or '' on success (Electron 45 shell.md): say it.
    openFolder: (path) =>
      void shell.openPath(path).then((problem) => {
        if (!problem) return
        const message = {
          type: 'warning' as const,
          message: 'Leap could not open the folder.',
          detail: `${path}\n\n${problem}`
        }
        const parent = window()
        void (parent ? dialog.showMessageBox(parent, message) : dialog.showMessageBox(message))
      })
  }
}
