import { dirname } from 'node:path'
import type { PreferencesUpdate, SettingsView } from '../../shared/domain/settings'
import { preferencesOf, readSettings, updateSettings } from '../config/settings'
import type { JournalSession } from '../session/session'
import type { MaintenanceContext } from './maintenance'

/** What the Settings screen shows: the preferences, where the journal and backups live, any problem. */
export function settingsView(session: JournalSession): SettingsView {
  const dataDir = dirname(session.journalPath)
  const { settings, problem } = readSettings(dataDir)
  return {
    preferences: preferencesOf(settings),
    dataDir,
    backupDir: session.backupDir,
    problem
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
  return settingsView(session)
}
