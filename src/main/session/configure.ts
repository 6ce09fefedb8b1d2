import { backupDirProblem, defaultBackupDir, resolveBackupDir } from '../config/paths'
import { readSettings } from '../config/settings'
import type { SessionOptions } from './session'

interface Environment {
  dataDir: string
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  home: string
  warn: (message: string) => void
}

/**
 * The session's settings from the settings file, flags and environment. A backup folder the path guard
 * refuses (the home folder, above it, inside the data folder) falls back to the default, with a warning.
 */
export function sessionOptionsFor({ dataDir, argv, env, platform, home, warn }: Environment): SessionOptions {
  const { settings, problem } = readSettings(dataDir)
  if (problem) warn(`Leap: settings ignored, using defaults: ${problem}`)
  const fallback = defaultBackupDir(platform, env, home)
  let backupDir = resolveBackupDir(argv, env, settings.backupDir, fallback)
  const refused = backupDirProblem(backupDir, { home, dataDir })
  if (refused) {
    warn(`Leap: ${refused} Using ${fallback} instead.`)
    backupDir = fallback
  }
  return { dataDir, backupDir, settings }
}
