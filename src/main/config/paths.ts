import { isAbsolute, join, relative, resolve, sep } from 'node:path'

export const JOURNAL_FILE = 'leap.sqlite'

/**
 * Where the journal lives: `--data-dir <dir>` (or `--data-dir=<dir>`) wins, then LEAP_DATA_DIR, then the
 * OS user-data folder Electron gives us. Relative paths are taken from the current directory.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const fromArgs = readFlag(argv, '--data-dir')
  const chosen = fromArgs ?? (env.LEAP_DATA_DIR?.trim() || undefined) ?? userDataDir
  return isAbsolute(chosen) ? chosen : resolve(chosen)
}

export const journalPathIn = (dataDir: string): string => join(dataDir, JOURNAL_FILE)

function readFlag(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!
    if (arg === flag) {
      const value = argv[i + 1]
      return value && !value.startsWith('--') ? value : undefined
    }
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1) || undefined
  }
  return undefined
}

/**
 * Where backups go when nothing else is chosen: beside, never inside, the user-data folder, because an
 * uninstaller may delete that folder. Per platform, a place that is the user's own, local (not roamed or
 * synced to a cloud by default, unlike Documents on many Windows machines) and not the home folder itself.
 */
export function defaultBackupDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  const folder = 'Leap Backups'
  if (platform === 'win32') return join(env.LOCALAPPDATA?.trim() || join(home, 'AppData', 'Local'), folder)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', folder)
  const dataHome = env.XDG_DATA_HOME?.trim()
  return join(dataHome && isAbsolute(dataHome) ? dataHome : join(home, '.local', 'share'), folder)
}

/** `--backup-dir <dir>` wins, then LEAP_BACKUP_DIR, then the settings file, then the default. */
export function resolveBackupDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fromSettings: string | undefined,
  fallback: string
): string {
  const chosen =
    readFlag(argv, '--backup-dir') ?? (env.LEAP_BACKUP_DIR?.trim() || undefined) ?? fromSettings ?? fallback
  return resolve(chosen)
}

/**
 * Why a folder cannot hold backups, or null if it can. Never the home folder or anything above it (rotation
 * deletes old backups there, and a backup there is one stray click from loss), and never inside the data
 * folder, which an uninstall may take with it.
 */
export function backupDirProblem(
  dir: string,
  { home, dataDir }: { home: string; dataDir: string }
): string | null {
  const target = resolve(dir)
  if (target === resolve(home)) {
    return 'Backups cannot go in your home folder itself. Choose a folder inside it, such as “Leap Backups”.'
  }
  if (isSameOrInside(target, home)) {
    return `Backups cannot go in ${target}: your home folder is inside it. Choose a folder inside your home folder.`
  }
  if (isSameOrInside(dataDir, target)) {
    return `Backups cannot go inside Leap’s data folder (${dataDir}): uninstalling Leap may delete it.`
  }
  return null
}

function isSameOrInside(parent: string, child: string): boolean {
  const fromParent = relative(resolve(parent), resolve(child))
  return (
    fromParent === '' ||
    (fromParent !== '..' && !fromParent.startsWith(`..${sep}`) && !isAbsolute(fromParent))
  )
}
