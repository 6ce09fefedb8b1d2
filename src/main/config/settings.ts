import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { Preferences, type ExportDefaults } from '../../shared/domain/settings'
import { LeapError } from '../../shared/ipc/envelope'

export const SETTINGS_FILE = 'settings.json'

const coordinate = z.number().int().min(-100_000).max(100_000)
const length = z.number().int().min(1).max(100_000)

/**
 * What Leap remembers outside the journal: the person's preferences (see shared/domain/settings.ts), where
 * backups go and where the window was. Nothing about the journal's contents: a restore would make it wrong.
 */
export const Settings = z.strictObject({
  ...Preferences.shape,
  /** An absolute folder; unset means the platform default (see defaultBackupDir). */
  backupDir: z.string().min(1).optional(),
  windowState: z
    .strictObject({
      bounds: z.strictObject({ x: coordinate, y: coordinate, width: length, height: length }),
      maximized: z.boolean()
    })
    .optional(),
  /** Where the last export went: the folder dialog opens there next time. */
  lastExportFolder: z.string().min(1).optional(),
  /** The day the daily reminder last went out (main/reminders/decide.ts): never twice in one day. */
  lastRemindedOn: z.iso.date().optional()
})
export type Settings = z.output<typeof Settings>

export const DEFAULT_SETTINGS: Settings = Settings.parse({})

export interface LoadedSettings {
  settings: Settings
  /** Set when the file exists but could not be used; Leap then runs on the defaults and says why. */
  problem: string | null
}

/**
 * Keys earlier versions of Leap wrote that mean nothing now, dropped when read so those files stay valid:
 * the sample team's ids (the journal marks its sample rows now) and a front-matter switch no export read
 * (re-exports find their files by the id in the front matter, so it is always written).
 */
function withoutRetiredKeys(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const { sampleMemberIds: _ids, ...rest } = raw as Record<string, unknown>
  const exportDefaults = rest.exportDefaults
  if (typeof exportDefaults === 'object' && exportDefaults !== null && !Array.isArray(exportDefaults)) {
    const { frontMatter: _frontMatter, ...kept } = exportDefaults as Record<string, unknown>
    return { ...rest, exportDefaults: { ...DEFAULT_SETTINGS.exportDefaults, ...kept } }
  }
  return rest
}

/** Reads settings.json from the data folder. A missing file means defaults; a bad one is left as it is. */
export function readSettings(dataDir: string): LoadedSettings {
  const path = join(dataDir, SETTINGS_FILE)
  if (!existsSync(path)) return { settings: DEFAULT_SETTINGS, problem: null }
  try {
    const parsed = Settings.safeParse(withoutRetiredKeys(JSON.parse(readFileSync(path, 'utf8'))))
    if (parsed.success) return { settings: parsed.data, problem: null }
    return { settings: DEFAULT_SETTINGS, problem: `${path}: ${parsed.error.issues[0]?.message}` }
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, problem: `${path}: ${(error as Error).message}` }
  }
}

/** The person's choices among all that the settings file holds. */
export const preferencesOf = (settings: Settings): Preferences =>
  Preferences.parse(
    Object.fromEntries(Object.keys(Preferences.shape).map((key) => [key, settings[key as keyof Preferences]]))
  )

/**
 * The person's preferences as they apply now (the defaults while the file cannot be read): what main's
 * defaults, such as a new member's cadence, and `npm run export` start from.
 */
export const readPreferences = (dataDir: string): Preferences => preferencesOf(readSettings(dataDir).settings)

/** How an export writes its files unless told otherwise, for the app's dialog and any command line alike. */
export const exportDefaultsIn = (dataDir: string): ExportDefaults => readPreferences(dataDir).exportDefaults

/** Validates, then writes atomically: a temporary file in the same folder, renamed over the old one. */
export function writeSettings(dataDir: string, settings: z.input<typeof Settings>): Settings {
  const valid = Settings.parse(settings)
  const path = join(dataDir, SETTINGS_FILE)
  const partial = join(dataDir, `.${SETTINGS_FILE}.${randomUUID()}.partial`)
  try {
    writeFileSync(partial, `${JSON.stringify(valid, null, 2)}\n`, { mode: 0o600, flush: true })
    renameSync(partial, path)
  } finally {
    rmSync(partial, { force: true })
  }
  return valid
}

/**
 * Reads, applies a patch and writes. Refuses while the file on disk cannot be read: writing the defaults
 * over it would silently lose what the person had set.
 */
export function updateSettings(dataDir: string, patch: Partial<z.input<typeof Settings>>): Settings {
  const { settings, problem } = readSettings(dataDir)
  if (problem) {
    throw new LeapError(
      'conflict',
      `Leap could not read its settings file, so it will not overwrite it (${problem}). Fix or delete that file, then try again.`
    )
  }
  return writeSettings(dataDir, { ...settings, ...patch })
}
