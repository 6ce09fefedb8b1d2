import type { ImportSource } from '../shared/domain/import'
import type { Preferences, SettingsView, Theme } from '../shared/domain/settings'
import type { ReminderNotice } from './reminders/decide'

/**
 * The few things main asks of the operating system through Electron (showing a file in the file manager,
 * later native dialogs). Handlers get this object instead of importing Electron, so they run in unit tests
 * and in the e2e harness, which pass a recording stand-in.
 */
export interface Platform {
  showItemInFolder(path: string): void
  /** The native "choose a folder" dialog (export's destination); null when the user cancels. */
  chooseFolder(): Promise<string | null>
  /** The native dialog for what to import: a folder of markdown notes or a CSV file; null when cancelled. */
  chooseImport(source: ImportSource): Promise<string | null>
  /** Opens a folder in the file manager (after an export). */
  openFolder(path: string): void
  /** Light, dark or following the OS: Electron's nativeTheme.themeSource (menus, dialogs, the page's media queries). */
  setTheme(theme: Theme): void
  /** What spellcheck does on this system (Settings shows it); absent in tests and the harness. */
  spelling?(): SettingsView['spelling']
  /** The native "save as" dialog, offering `name`; it asks before replacing a file. Null when cancelled. */
  chooseSaveFile(name: string, kind: 'markdown' | 'pdf'): Promise<string | null>
  /** The window's page printed to PDF (the review packet's print styles apply). */
  printToPdf(): Promise<Uint8Array>
  /** Applies the spellcheck preference to the window's session at once. */
  setSpellcheck?(preference: Preferences['spellcheck']): void
  /** Shows a desktop notification; clicking it opens `notice.path` in the window. Absent: no reminders. */
  notify?(notice: ReminderNotice): void
}
