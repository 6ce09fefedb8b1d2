import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ExportSettings } from './export'
import { DEFAULT_CADENCE_DAYS } from './cadence'
import { DEFAULT_REMINDERS, ReminderPreference } from './reminders'

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** "system": the first day of the week the locale gives (Monday where it gives none). */
export const WEEK_STARTS = ['system', 'monday', 'sunday'] as const
export type WeekStart = (typeof WEEK_STARTS)[number]

const days = (min: number, max: number, what: string) =>
  z
    .number({ message: `Use a whole number of days from ${min} to ${max} for ${what}.` })
    .int({ message: `Use a whole number of days from ${min} to ${max} for ${what}.` })
    .min(min, { message: `Use a whole number of days from ${min} to ${max} for ${what}.` })
    .max(max, { message: `Use a whole number of days from ${min} to ${max} for ${what}.` })

const kept = (max: number, what: string, min = 0) =>
  z
    .number({ message: `Keep between ${min} and ${max} ${what} backups.` })
    .int({ message: `Keep between ${min} and ${max} ${what} backups.` })
    .min(min, { message: `Keep between ${min} and ${max} ${what} backups.` })
    .max(max, { message: `Keep between ${min} and ${max} ${what} backups.` })

export const BackupRetention = z.strictObject({
  daily: kept(365, 'daily', 1),
  weekly: kept(520, 'weekly'),
  monthly: kept(1200, 'monthly')
})

/** How to export, as a preference: a file that Leap did not write is a question for each export, not a default. */
export const ExportDefaults = ExportSettings.omit({ onConflict: true })
export type ExportDefaults = z.output<typeof ExportDefaults>
export const DEFAULT_EXPORT_DEFAULTS: ExportDefaults = {
  layout: 'per_reflection',
  obsidianLinks: false,
  includeExportedAt: true,
  privateFiles: true,
  includePredictions: false
}

/**
 * Spelling in text fields. `languages` empty means the system's language; on macOS the system chooses them.
 * Leap never downloads a dictionary (see main/window/spellcheck.ts).
 */
const spellcheck = z.strictObject({
  enabled: z.boolean(),
  languages: z
    .array(z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'Use a language code such as en-US.'))
    .max(20)
})

/** Each preference, without its default: a patch from the Settings screen uses these as they are. */
const fields = {
  theme: z.enum(THEMES, { message: 'Choose System, Light or Dark.' }),
  /** What a new team member's one-on-one cadence starts at. */
  defaultCadenceDays: days(1, 365, 'the one-on-one cadence'),
  weekStartsOn: z.enum(WEEK_STARTS, { message: 'Choose the system’s first day, Monday or Sunday.' }),
  /** What the Export dialog and `npm run export` start with; each export can still change them. */
  exportDefaults: ExportDefaults,
  backupRetention: BackupRetention,
  trashRetentionDays: days(1, 3650, 'keeping the trash'),
  spellcheck,
  /** The daily desktop reminder of what is due (main/reminders): on or off, and at what time of day. */
  reminders: ReminderPreference,
  /** The first-run welcome was closed (or the sample team opened). */
  welcomeDismissed: z.boolean()
}

/**
 * Every preference until the person changes it: the schema's defaults, and what the window runs on when the
 * settings cannot be read. Plain values, so a screen can have them without building the schemas.
 */
export const DEFAULT_PREFERENCES: { [Name in keyof typeof fields]: z.output<(typeof fields)[Name]> } = {
  theme: 'system',
  defaultCadenceDays: DEFAULT_CADENCE_DAYS,
  weekStartsOn: 'system',
  exportDefaults: DEFAULT_EXPORT_DEFAULTS,
  backupRetention: { daily: 7, weekly: 4, monthly: 12 },
  trashRetentionDays: 30,
  spellcheck: { enabled: true, languages: [] },
  reminders: DEFAULT_REMINDERS,
  welcomeDismissed: false
}

/** What the person chooses in Settings; the settings file holds these beside what Leap keeps itself. */
export const Preferences = z.strictObject({
  theme: fields.theme.default(DEFAULT_PREFERENCES.theme),
  defaultCadenceDays: fields.defaultCadenceDays.default(DEFAULT_PREFERENCES.defaultCadenceDays),
  weekStartsOn: fields.weekStartsOn.default(DEFAULT_PREFERENCES.weekStartsOn),
  exportDefaults: fields.exportDefaults.default(DEFAULT_PREFERENCES.exportDefaults),
  backupRetention: fields.backupRetention.default(DEFAULT_PREFERENCES.backupRetention),
  trashRetentionDays: fields.trashRetentionDays.default(DEFAULT_PREFERENCES.trashRetentionDays),
  spellcheck: fields.spellcheck.default(DEFAULT_PREFERENCES.spellcheck),
  reminders: fields.reminders.default(DEFAULT_PREFERENCES.reminders),
  welcomeDismissed: fields.welcomeDismissed.default(DEFAULT_PREFERENCES.welcomeDismissed)
})
export type Preferences = z.output<typeof Preferences>

/** A patch from the Settings screen: fields left out keep their value (no defaults fill them in). */
export const PreferencesUpdate = z.strictObject(fields).partial()
export type PreferencesUpdate = z.input<typeof PreferencesUpdate>

export const SettingsView = z.strictObject({
  preferences: Preferences,
  dataDir: z.string(),
  backupDir: z.string(),
  /** Set when settings.json could not be read: Leap runs on defaults and will not overwrite the file. */
  problem: z.string().nullable(),
  /** What spellcheck can do on this system: the languages on now, and those without a local dictionary. */
  spelling: z.strictObject({
    systemChooses: z.boolean(),
    languages: z.array(z.string()),
    missingDictionaries: z.array(z.string()),
    dictionariesFolder: z.string().nullable()
  })
})
export type SettingsView = z.output<typeof SettingsView>

export const settingsChannels = {
  'settings.get': { input: z.strictObject({}), output: SettingsView, reads: ['settings'] },
  'settings.update': { input: PreferencesUpdate, output: SettingsView, writes: ['settings'] },
  'settings.showDataFolder': { input: z.strictObject({}), output: z.strictObject({}), writes: [] }
} as const satisfies Slice<'settings'>
