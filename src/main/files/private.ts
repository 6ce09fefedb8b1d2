import {
  chmodSync,
  closeSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'

/**
 * Leap's files hold private notes about people, so everything it writes beside the journal (the journal and
 * its -wal and -shm, settings.json, the .open marker, backups, staging and temporary files) is readable by
 * the user's own account only (docs/RELIABILITY.md F9). SQLite creates a database with mode 0644 and gives
 * its -wal and -shm the mode of the database file, so the journal is created empty with 0600 first and
 * SQLite keeps that mode for everything it adds. On Windows these modes mean little; the files live in the
 * user's profile (%APPDATA%, %LOCALAPPDATA%), whose access list admits only that user, SYSTEM and
 * administrators.
 */
export const PRIVATE_FILE = 0o600
export const PRIVATE_FOLDER = 0o700

/** Creates an empty file readable by its owner only; fails if it exists. SQLite fills an empty file. */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', PRIVATE_FILE))
}

/** Makes a folder (and its parents) that only its owner can enter; an existing one is left as it is. */
export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER })
}

/**
 * Takes group and other access away from files and folders made by an earlier Leap (or copied in) with a
 * wider mode. The owner's own bits stay: a file the user made read-only stays read-only. A file owned by
 * another account cannot be changed and is left as it is: opening it reports that.
 */
export function tightenModes(paths: readonly string[]): void {
  for (const path of paths) {
    try {
      const { mode } = statSync(path)
      if ((mode & 0o077) !== 0) chmodSync(path, mode & 0o700)
    } catch {
      // Missing, not ours to change (EPERM) or on a read-only disk: opening the journal says what is wrong.
    }
  }
}

/**
 * Writes a whole file the user chose in a save dialog (which asked before replacing one): through a temporary
 * file beside it, renamed into place, so a full disk or a crash leaves the old file or the new one, never half.
 */
export function writePrivateFileWhole(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.leap-${process.pid}-${Date.now()}.tmp`
  try {
    writeFileSync(temporary, data, { mode: PRIVATE_FILE, flag: 'wx' })
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
