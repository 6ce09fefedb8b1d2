import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { LeapError } from '../../shared/ipc/envelope'
import { LATEST_SCHEMA_VERSION, migrations as allMigrations, type Migration } from './migrations'

export type Db = Database.Database

export interface Journal {
  db: Db
  path: string
  schemaVersion: number
}

export interface OpenOptions {
  /** Tests inject a list (a failing migration, say); the app always uses the real one. */
  migrations?: readonly Migration[]
  /**
   * Runs before the first pending migration of an existing journal, on the open connection: the app writes
   * a backup here. If it throws, nothing is migrated.
   */
  beforeMigrate?: (db: Db, fromVersion: number) => void
}

/** Why a journal was refused: damaged (or not a database at all), or written by a newer Leap. */
export type JournalProblemKind = 'damaged' | 'newer'

export class JournalUnavailableError extends LeapError {
  readonly kind: JournalProblemKind
  constructor(kind: JournalProblemKind, message: string) {
    super('journal_unavailable', message)
    this.kind = kind
  }
}

/**
 * Opens (or creates) the journal at `path`, checks it, and brings its schema up to date.
 * An existing file is first inspected read-only, so a journal we must not touch (from a newer Leap, or
 * damaged) is never written, not even by the WAL switch.
 */
export function openJournal(path: string, options: OpenOptions = {}): Journal {
  const migrations = options.migrations ?? allMigrations
  if (existsSync(path)) inspectReadOnly(path, migrations.length, needsFullCheck(path))
  else mkdirSync(dirname(path), { recursive: true })

  const db = new Database(path)
  try {
    applyPragmas(db)
    migrate(db, migrations, options.beforeMigrate)
    writeFileSync(openMarkerOf(path), `${process.pid}\n`)
    return { db, path, schemaVersion: db.pragma('user_version', { simple: true }) as number }
  } catch (error) {
    db.close()
    throw error
  }
}

/** Closes the journal and records that this session ended cleanly (see needsFullCheck). */
export function closeJournal(journal: Journal): void {
  if (journal.db.open) journal.db.close()
  rmSync(openMarkerOf(journal.path), { force: true })
}

/** Present while a journal is open; left behind by a crash, a kill or a power cut. */
const openMarkerOf = (path: string) => `${path}.open`

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
 * - WAL: readers never block the writer, and a crash leaves the main file intact.
 * - synchronous=FULL: every commit is on disk before the call returns. NORMAL is faster but can lose the
 *   last commits on power loss; a journal's writes are small and rare, so the cost is not noticeable.
 * - foreign_keys: SQLite leaves them off by default, per connection.
 * - busy_timeout: a backup or a second reader holding a lock briefly makes us wait, not fail.
 */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
}

function inspectReadOnly(path: string, knownVersion: number, fullCheck: boolean): void {
  let db: Db | undefined
  let version: number
  // A read-only connection to a WAL journal still creates empty -wal and -shm files; a file we refuse is left
  // exactly as we found it, so those we made go again. A journal we open keeps them: its connection uses them.
  const createdByUs = ['-wal', '-shm'].map((suffix) => `${path}${suffix}`).filter((side) => !existsSync(side))
  const leaveAsFound = () => {
    for (const side of createdByUs) rmSync(side, { force: true })
  }
  try {
    assertNotTruncated(path)
    db = new Database(path, { readonly: true, fileMustExist: true })
    version = db.pragma('user_version', { simple: true }) as number
    // Reading the schema parses page 1 and every table definition: a clobbered header or a garbage first
    // page fails here even without the full check.
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()
    if (fullCheck) {
      const check = db.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new Error(String(check))
    }
  } catch (error) {
    db?.close()
    leaveAsFound()
    throw new JournalUnavailableError(
      'damaged',
      `The journal at ${path} is damaged or is not a Leap journal (${(error as Error).message}). It has not been changed.`
    )
  }
  db.close()
  if (version > knownVersion) {
    leaveAsFound()
    throw new JournalUnavailableError(
      'newer',
      `This journal was written by a newer version of Leap (schema ${version}; this version knows up to ${knownVersion}). ` +
        'Update Leap to open it. Nothing in it has been changed.'
    )
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
      throw new Error(`the file is shorter than its header says: ${size} of ${pageCount * pageSize} bytes`)
    }
  } finally {
    closeSync(fd)
  }
}

function migrate(
  db: Db,
  migrations: readonly Migration[],
  beforeMigrate: OpenOptions['beforeMigrate']
): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > 0 && migrations.some((migration) => migration.version > current)) beforeMigrate?.(db, current)
  for (const migration of migrations) {
    if (migration.version <= current) continue
    // The schema change and its version bump commit together or not at all.
    db.transaction(() => {
      db.exec(migration.sql)
      db.pragma(`user_version = ${migration.version}`)
    })()
  }
}

export { LATEST_SCHEMA_VERSION }
