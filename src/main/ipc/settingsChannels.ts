import { dirname } from 'node:path'
import type { PreferencesUpdate, SettingsView } from '../../shared/domain/settings'
import { preferencesOf, readSettings, updateSettings } from '../config/settings'
import type { JournalSession } from '../session/session'
import type { Platform } from '../platform'
import type { MaintenanceContext } from './maintenance'

/** Where Electron does not run (tests, the harness): as on macOS, the system decides. */
const SYSTEM_SPELLING: SettingsView['spelling'] = {
  systemChooses: true,
  languages: [],
  missingDictionaries: [],
  dictionariesFolder: null
}

/** What the Settings screen shows: the preferences, where the journal and backups live, any problem. */
export function settingsView(session: JournalSession, platform?: Platform): SettingsView {
  const dataDir = dirname(session.journalPath)
  const { settings, problem } = readSettings(dataDir)
  return {
    preferences: preferencesOf(settings),
    dataDir,
    backupDir: session.backupDir,
    problem,
    spelling: platform?.spelling?.() ?? SYSTEM_SPELLING
  }
}

/** Saves a patch (validated by the contract), then applies it at once: theme, retention periods. */
export function updatePreferences(
  { session, platform }: MaintenanceContext,
  patch: PreferencesUpdate
): SettingsView {
  const saved = updateSettings(dirname(session.journalPath), patch)
  session.applySettings(saved)
  if (patch.theme) platform.setTheme(saved.theme)
  if (patch.spellcheck) platform.setSpellcheck?.(saved.spellcheck)
  return settingsView(session, platform)
}
