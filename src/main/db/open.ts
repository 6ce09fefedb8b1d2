import { constants, existsSync, rmSync, statSync, statfsSync, writeFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { FaultCode } from '../../shared/ipc/envelope'
import { accessFault, faultMessage, faultOf, type FaultPlace } from '../faults/faults'
import { PRIVATE_FILE, createPrivateFile, makePrivateFolder, tightenModes } from '../files/private'
import {
  JournalUnavailableError,
  NewerJournal,
  inspectReadOnly,
  needsFullCheck,
  openMarkerOf,
  provesDamage
} from './inspect'
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

const sideFilesOf = (path: string) => [`${path}-wal`, `${path}-shm`]

/**
 * Opens (or creates) the journal at `path`, checks it, and brings its schema up to date.
 * What could stop it is found out before anything is written (docs/RELIABILITY.md F1): a disk that is full
 * or read-only, a file or folder Leap may not use, a missing journal whose write-ahead log is still there.
 * An existing file is then inspected read-only, so a journal we must not touch (from a newer Leap, or
 * damaged) is never written, not even by the WAL switch. Every refusal is a JournalUnavailableError whose
 * kind says why; only `damaged` is proof that the file itself is bad.
 */
export function openJournal(path: string, options: OpenOptions = {}): Journal {
  const migrations = options.migrations ?? allMigrations
  const place: FaultPlace = { folder: dirname(path), file: path }
  const created = !existsSync(path)
  if (created) prepareNewJournal(path, place)
  else inspectExisting(path, place, migrations.length)

  const before = new Set(sideFilesOf(path).filter((side) => existsSync(side)))
  let db: Db | undefined
  try {
    db = new Database(path)
    applyPragmas(db)
    migrate(db, migrations, options.beforeMigrate)
    writeFileSync(openMarkerOf(path), `${process.pid}\n`, { mode: PRIVATE_FILE })
    return { db, path, schemaVersion: db.pragma('user_version', { simple: true }) as number }
  } catch (error) {
    db?.close()
    // Leave the folder as it was: side files this attempt made and that hold nothing go again. A WAL with
    // frames stays: it may hold a migration that committed before the failure.
    for (const side of sideFilesOf(path)) {
      if (!before.has(side) && existsSync(side) && (side.endsWith('-shm') || statSync(side).size === 0)) {
        rmSync(side, { force: true })
      }
    }
    if (created && existsSync(path) && statSync(path).size === 0) rmSync(path, { force: true })
    throw unavailable(error, place) ?? error
  }
}

function prepareNewJournal(path: string, place: FaultPlace): void {
  // A journal that is gone while its WAL is still there was moved or deleted under a running Leap, or a
  // sync tool has not put it back yet: a new journal here would have SQLite replay that WAL into it.
  const wal = `${path}-wal`
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new JournalUnavailableError(
      'missing',
      `Your journal file (${path}) is missing, but its write-ahead log (${basename(wal)}) is still beside ` +
        'it: the journal may have been moved or deleted while Leap was running, or a sync tool has not put it ' +
        'back yet. Leap did not change anything. Put the journal file back, then try again, or restore a backup.'
    )
  }
  try {
    makePrivateFolder(place.folder)
    refuseIfBlocked({ folder: place.folder })
    createPrivateFile(path)
  } catch (error) {
    throw unavailable(error, { folder: place.folder }) ?? error
  }
}

function inspectExisting(path: string, place: FaultPlace, knownVersion: number): void {
  refuseIfBlocked(place)
  tightenModes([path, ...sideFilesOf(path), openMarkerOf(path)])
  try {
    inspectReadOnly(path, needsFullCheck(path), knownVersion)
  } catch (error) {
    if (!(error instanceof NewerJournal)) throw unavailable(error, place) ?? error
    throw new JournalUnavailableError(
      'newer',
      `This journal was written by a newer version of Leap (schema ${error.version}; this version knows up to ${knownVersion}). ` +
        'Update Leap to open it. Nothing in it has been changed.'
    )
  }
}

/** Below this, SQLite cannot be relied on to grow its -shm index and WAL: the disk counts as full. */
const MIN_FREE_BYTES = 1024 * 1024

/**
 * What would stop the journal from being used, found without writing anything: the folder's and the
 * file's permissions, a read-only disk (access() answers EROFS) and the free space.
 */
function refuseIfBlocked({ folder, file }: FaultPlace): void {
  let fault =
    accessFault(folder, constants.W_OK | constants.X_OK) ??
    (file ? accessFault(file, constants.R_OK | constants.W_OK) : null)
  if (!fault) {
    const { bavail, bsize } = statfsSync(folder)
    if (bavail * bsize < MIN_FREE_BYTES) fault = 'disk_full'
  }
  if (fault) throw new JournalUnavailableError(fault, openFaultMessage(fault, { folder, file }))
}

/** Closes the journal and records that this session ended cleanly (see needsFullCheck). */
export function closeJournal(journal: Journal): void {
  if (journal.db.open) journal.db.close()
  rmSync(openMarkerOf(journal.path), { force: true })
}

export const BUSY_TIMEOUT_MS = 5000

/**
 * - WAL: readers never block the writer, and a crash leaves the main file intact.
 * - synchronous=FULL: every commit is on disk before the call returns. NORMAL is faster but can lose the
 *   last commits on power loss; a journal's writes are small and rare, so the cost is not noticeable.
 * - foreign_keys: SQLite leaves them off by default, per connection.
 * - busy_timeout: another process holding the lock (a backup tool, Leap's command line) makes us wait up
 *   to 5 s, not fail; set first, so even the switch to WAL waits. It only applies to transactions that
 *   take the write lock before reading (see ipc/writeLock.ts).
 */
export function applyPragmas(db: Db): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
}

/** Why opening failed, as the problem the recovery screen explains, or null for a bug (thrown as it is). */
function unavailable(error: unknown, place: FaultPlace): JournalUnavailableError | null {
  if (error instanceof JournalUnavailableError) return error
  const path = place.file ?? place.folder
  if (provesDamage(error)) {
    return new JournalUnavailableError(
      'damaged',
      `The journal at ${path} is damaged or is not a Leap journal (${(error as Error).message}). It has not been changed.`
    )
  }
  const fault = faultOf(error, place)
  if (fault) return new JournalUnavailableError(fault, openFaultMessage(fault, place))
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new JournalUnavailableError(
      'missing',
      `Leap could not find the folder of your journal (${place.folder}). If it is on a disk that is not ` +
        'connected, connect it, then try again.'
    )
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) {
    return new JournalUnavailableError(
      'unreadable',
      `Leap could not read your journal (${path}): ${(error as Error).message}. It did not change or move ` +
        'it. If the journal is on a removable or network disk, check that it is connected, then try again.'
    )
  }
  return null
}

function openFaultMessage(fault: FaultCode, place: FaultPlace): string {
  return faultMessage(fault, {
    outcome: 'Leap could not open your journal',
    where: place.file ? `your journal (${place.file})` : `the folder for your journal (${place.folder})`,
    after: 'Leap did not change or move it.'
  })
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
    // The schema change and its version bump commit together or not at all. IMMEDIATE: the write lock is
    // taken (waiting out busy_timeout) before the schema is read.
    db.transaction(() => {
      db.exec(migration.sql)
      db.pragma(`user_version = ${migration.version}`)
    }).immediate()
  }
}

export { LATEST_SCHEMA_VERSION }
