import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { DEFAULT_RETENTION } from '../backup/rotation'

export const SETTINGS_FILE = 'settings.json'

const count = (max: number) => z.number().int().min(0).max(max)

/** What Leap remembers outside the journal: where backups go and how long things are kept. */
export const Settings = z.strictObject({
  /** An absolute folder; unset means the platform default (see defaultBackupDir). */
  backupDir: z.string().min(1).optional(),
  backupRetention: z
    .strictObject({ daily: count(365).min(1), weekly: count(520), monthly: count(1200) })
    .default(DEFAULT_RETENTION),
  trashRetentionDays: z.number().int().min(1).max(3650).default(30)
})
export type Settings = z.output<typeof Settings>

export const DEFAULT_SETTINGS: Settings = Settings.parse({})

export interface LoadedSettings {
  settings: Settings
  /** Set when the file exists but could not be used; Leap then runs on the defaults and says why. */
  problem: string | null
}

/** Reads settings.json from the data folder. A missing file means defaults; a bad one is left as it is. */
export function readSettings(dataDir: string): LoadedSettings {
  const path = join(dataDir, SETTINGS_FILE)
  if (!existsSync(path)) return { settings: DEFAULT_SETTINGS, problem: null }
  try {
    const parsed = Settings.safeParse(JSON.parse(readFileSync(path, 'utf8')))
    if (parsed.success) return { settings: parsed.data, problem: null }
    return { settings: DEFAULT_SETTINGS, problem: `${path}: ${parsed.error.issues[0]?.message}` }
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, problem: `${path}: ${(error as Error).message}` }
  }
}

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
