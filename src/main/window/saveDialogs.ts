import type { BrowserWindow, Dialog } from 'electron'
import type { Platform } from '../platform'

const FILTERS: Record<'markdown' | 'pdf', { name: string; extensions: string[] }> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  pdf: { name: 'PDF', extensions: ['pdf'] }
}

/**
 * Saving a file the person names (the review packet): Electron's save dialog over the window, which asks
 * before replacing a file (dialog.md: showSaveDialog resolves with `canceled` and `filePath`), and the
 * window's page as PDF (web-contents.md: printToPDF resolves with the PDF's bytes; the page's print styles
 * apply).
 */
export function saveDialogs(
  dialog: Dialog,
  window: () => BrowserWindow | null
): Pick<Platform, 'chooseSaveFile' | 'printToPdf'> {
  return {
    chooseSaveFile: async (name, kind) => {
      const options = { title: 'Save the review packet', defaultPath: name, filters: [FILTERS[kind]] }
      const parent = window()
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    printToPdf: async () => {
      const parent = window()
      if (!parent) throw new Error('There is no window to print.')
      return new Uint8Array(await parent.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }))
    }
  }
}
