import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { LeapError } from '../../shared/ipc/envelope'
import type { JournalProblemKind } from '../../shared/domain/backups'
import type { Db } from './open'

/** Why a journal was not opened; `message` says it in plain words, with what to do. */
export class JournalUnavailableError extends LeapError {
  readonly kind: JournalProblemKind
  constructor(kind: JournalProblemKind, message: string) {
    super('journal_unavailable', message)
    this.kind = kind
  }
}

/**
 * Proof that a file is damaged: SQLite read it and found it is not a database or not whole (NOTADB,
 * CORRUPT), it is shorter than its header says, or quick_check found faults. Nothing else is proof: a file
 * that could not be read at all (permissions, a full disk, a lock, an I/O error) is not damaged, and is
 * never moved aside (docs/RELIABILITY.md F1).
 */
export class DamageProof extends Error {}

/** A journal whose schema version is above every migration this Leap knows. */
export class NewerJournal extends Error {
  constructor(readonly version: number) {
    super(`schema ${version}`)
  }
}

export function provesDamage(error: unknown): boolean {
  if (error instanceof DamageProof) return true
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
}

/** Present while a journal is open; left behind by a crash, a kill or a power cut. */
export const openMarkerOf = (path: string) => `${path}.open`

/** Below this size a full check costs little (about 0.2 s); above it, it grows with the file (2 s at 140 MB). */
export const ALWAYS_FULL_CHECK_BYTES = 16 * 1024 * 1024

/**
 * A full page-by-page quick_check reads the whole file: seconds for a ten-year journal, on every launch.
 * It runs when it can find something the cheap checks cannot: after a session that did not end cleanly
 * (a crash or power cut is when damage happens), and always on small journals. Other launches check the
 * header, the length and the schema; backups are checked page by page when they are written.
 */
export function needsFullCheck(path: string): boolean {
  return endedUncleanly(path) || statSync(path).size <= ALWAYS_FULL_CHECK_BYTES
}

/** A marker left by a process that is gone: that session crashed or was killed with the journal open. */
function endedUncleanly(path: string): boolean {
  let pid: number
  try {
    pid = Number.parseInt(readFileSync(openMarkerOf(path), 'utf8'), 10)
  } catch {
    return false
  }
  if (!Number.isInteger(pid) || pid <= 0) return true
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    // EPERM: the process exists but is not ours to signal, so it is still running.
    return (error as NodeJS.ErrnoException).code !== 'EPERM'
  }
}

/**
 * Opens an existing journal read-only and checks it: length, schema, version and (see needsFullCheck) every
 * page. Throws what is wrong as it was (DamageProof, NewerJournal or SQLite's error) for the caller to
 * classify. A read-only connection to a WAL journal still creates empty -wal and -shm files; on failure
 * those it made go again, so a file that is refused is left exactly as it was found. A journal that is then
 * opened keeps them: its connection uses them.
 */
export function inspectReadOnly(path: string, fullCheck: boolean, knownVersion: number): void {
  let db: Db | undefined
  const createdByUs = ['-wal', '-shm'].map((suffix) => `${path}${suffix}`).filter((side) => !existsSync(side))
  try {
    assertNotTruncated(path)
    db = new Database(path, { readonly: true, fileMustExist: true })
    const version = db.pragma('user_version', { simple: true }) as number
    // Reading the schema parses page 1 and every table definition: a clobbered header or a garbage first
    // page fails here even without the full check.
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()
    if (fullCheck) {
      const check = db.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new DamageProof(String(check))
    }
    if (version > knownVersion) throw new NewerJournal(version)
  } catch (error) {
    db?.close()
    db = undefined
    for (const side of createdByUs) rmSync(side, { force: true })
    throw error
  } finally {
    db?.close()
  }
}

/**
 * A file cut short (a failed copy, a full disk) can pass quick_check when the lost pages held nothing it
 * reads first, so compare its size with the page count its header promises. The header's count is only
 * trusted when SQLite marks it valid (bytes 24-27 equal bytes 92-95), and only without a WAL: a process
 * killed during a checkpoint leaves a header that already counts pages still in the WAL (the crash test
 * found this), and SQLite completes them from the WAL on the next open.
 */
export function assertNotTruncated(path: string): void {
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) return
  const header = Buffer.alloc(100)
  const fd = openSync(path, 'r')
  try {
    const read = readSync(fd, header, 0, 100, 0)
    const size = fstatSync(fd).size
    if (read < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return
    const rawPageSize = header.readUInt16BE(16)
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
    const pageCount = header.readUInt32BE(28)
    const countIsValid = header.readUInt32BE(24) === header.readUInt32BE(92)
    if (countIsValid && pageCount > 0 && size < pageCount * pageSize) {
      throw new DamageProof(
        `the file is shorter than its header says: ${size} of ${pageCount * pageSize} bytes`
      )
    }
  } finally {
    closeSync(fd)
  }
}
