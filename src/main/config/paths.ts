import { isAbsolute, join, resolve } from 'node:path'

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
