import { existsSync, mkdirSync } from 'node:fs'
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
}

/**
 * Opens (or creates) the journal at `path`, checks it, and brings its schema up to date.
 * An existing file is first inspected read-only, so a journal we must not touch (from a newer Leap, or
 * damaged) is never written, not even by the WAL switch.
 */
export function openJournal(path: string, options: OpenOptions = {}): Journal {
  const migrations = options.migrations ?? allMigrations
  if (existsSync(path)) inspectReadOnly(path, migrations.length)
  else mkdirSync(dirname(path), { recursive: true })

  const db = new Database(path)
  try {
    applyPragmas(db)
    migrate(db, migrations)
    return { db, path, schemaVersion: db.pragma('user_version', { simple: true }) as number }
  } catch (error) {
    db.close()
    throw error
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

function inspectReadOnly(path: string, knownVersion: number): void {
  let db: Db | undefined
  let version: number
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    version = db.pragma('user_version', { simple: true }) as number
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(String(check))
  } catch (error) {
    throw new LeapError(
      'journal_unavailable',
      `The journal at ${path} is damaged or is not a Leap journal (${(error as Error).message}). It has not been changed.`
    )
  } finally {
    db?.close()
  }
  if (version > knownVersion) {
    throw new LeapError(
      'journal_unavailable',
      `This journal was written by a newer version of Leap (schema ${version}; this version knows up to ${knownVersion}). ` +
        'Update Leap to open it. Nothing in it has been changed.'
    )
  }
}

function migrate(db: Db, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number
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
