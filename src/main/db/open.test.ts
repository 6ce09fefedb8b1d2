import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { damage, type Damage, writeJournalWithNotes } from '../testing/damagedJournals'
import { expectLeapError, tempFolder } from '../testing/tempJournal'
import { migrations } from './migrations'
import { ALWAYS_FULL_CHECK_BYTES, JournalUnavailableError, needsFullCheck } from './inspect'
import { LATEST_SCHEMA_VERSION, closeJournal, openJournal } from './open'

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const folder = () => tempFolder()

function schemaOf(db: Database.Database) {
  return db.prepare(`SELECT type, name, sql FROM sqlite_schema ORDER BY name`).all()
}

describe('openJournal', () => {
  it('creates a new journal at the latest schema with the documented pragmas, and they hold after reopening', () => {
    const path = join(folder(), 'nested', 'leap.sqlite')
    const first = openJournal(path)
    expect(first.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    first.db.close()

    const again = openJournal(path)
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(again.db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(again.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(again.db.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(again.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    again.db.close()
  })

  it('creates every table of the data model', () => {
    const journal = openJournal(join(folder(), 'leap.sqlite'))
    const tables = journal.db
      // The search indexes (migration 2) and their shadow tables are tested in main/search.
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT GLOB '*_fts*' ORDER BY name`)
      .pluck()
      .all()
    expect(tables).toEqual([
      'action_items',
      'authority_changes',
      'away_periods',
      'checkins',
      'delegation_tags',
      'delegations',
      'feedback',
      'goals',
      'maintenance_runs',
      'members',
      'offers_dismissed',
      'one_on_one_skips',
      'reflection_delegations',
      'reflection_tags',
      'reflections',
      'tags',
      'talking_points',
      'trash_ages'
    ])
    journal.db.close()
  })

  it('leaves schema and version unchanged when a migration fails', () => {
    const path = join(folder(), 'leap.sqlite')
    openJournal(path).db.close()
    const before = new Database(path)
    const schemaBefore = schemaOf(before)
    before.close()

    const failing = [
      ...migrations,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'broken',
        sql: 'CREATE TABLE extra (x INTEGER); SELECT * FROM missing_table;'
      }
    ]
    expect(() => openJournal(path, { migrations: failing })).toThrow(/missing_table/)

    const after = new Database(path)
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(schemaOf(after)).toEqual(schemaBefore)
    after.close()
  })

  it('refuses a journal from a newer Leap with a clear message and leaves its bytes untouched', () => {
    const path = join(folder(), 'leap.sqlite')
    const newer = new Database(path)
    newer.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from the future')")
    newer.pragma('user_version = 99')
    newer.close()
    const hash = sha256(path)

    const caught = expectLeapError(() => openJournal(path), 'journal_unavailable')
    expect((caught as JournalUnavailableError).kind).toBe('newer')
    expect(caught.message).toMatch(/newer version of Leap.*schema 99.*Nothing in it has been changed/)
    expect(sha256(path)).toBe(hash)
    expect(existsSync(`${path}-wal`)).toBe(false)
  })

  it('backs up before migrating an existing journal, and a failed backup stops the migration', () => {
    const path = join(folder(), 'leap.sqlite')
    openJournal(path).db.close()
    const next = [
      ...migrations,
      { version: LATEST_SCHEMA_VERSION + 1, name: 'extra', sql: 'CREATE TABLE extra (x INTEGER);' }
    ]
    const seen: number[] = []
    openJournal(path, { migrations: next, beforeMigrate: (_db, from) => void seen.push(from) }).db.close()
    expect(seen).toEqual([LATEST_SCHEMA_VERSION])

    const later = [
      ...next,
      { version: LATEST_SCHEMA_VERSION + 2, name: 'more', sql: 'CREATE TABLE more (x INTEGER);' }
    ]
    const failingBackup = () => {
      throw new Error('the backup folder is full')
    }
    expect(() => openJournal(path, { migrations: later, beforeMigrate: failingBackup })).toThrow(/full/)
    const db = new Database(path)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1)
    db.close()
  })

  it('does not call beforeMigrate for a new journal or one that is up to date', () => {
    const path = join(folder(), 'leap.sqlite')
    const beforeMigrate = () => {
      throw new Error('should not run')
    }
    openJournal(path, { beforeMigrate }).db.close()
    openJournal(path, { beforeMigrate }).db.close()
  })

  it.each<[Damage, RegExp]>([
    ['clobberedHeader', /not a database/],
    ['garbagePage', /damaged/],
    ['truncated', /shorter than its header/]
  ])('refuses a damaged journal (%s) as damaged and leaves its bytes untouched', (kind, detail) => {
    const path = join(folder(), 'leap.sqlite')
    writeJournalWithNotes(path)
    damage[kind](path)
    const hash = sha256(path)
    let caught: unknown
    try {
      openJournal(path)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(JournalUnavailableError)
    expect((caught as JournalUnavailableError).kind).toBe('damaged')
    expect((caught as Error).message).toMatch(detail)
    expect(sha256(path)).toBe(hash)
    expect(existsSync(`${path}-wal`)).toBe(false)
  })

  it('refuses a file that is not a database and leaves it untouched', () => {
    const path = join(folder(), 'leap.sqlite')
    writeFileSync(path, 'these are my notes, not a database'.repeat(200))
    const hash = sha256(path)
    expect(() => openJournal(path)).toThrow(/damaged or is not a Leap journal/)
    expect(sha256(path)).toBe(hash)
  })

  it('enforces the vocabulary with CHECK constraints', () => {
    const journal = openJournal(join(folder(), 'leap.sqlite'))
    const { db } = journal
    const stamp = new Date().toISOString()
    db.prepare(`INSERT INTO members (id, name, created_at, updated_at) VALUES ('m1', 'Ana', ?, ?)`).run(
      stamp,
      stamp
    )
    const delegation = (level: number, status = 'active') =>
      db
        .prepare(
          `INSERT INTO delegations (id, member_id, title, authority_level, status, created_at, updated_at)
           VALUES (?, 'm1', 'Own the release', ?, ?, ?, ?)`
        )
        .run(`d-${level}-${status}`, level, status, stamp, stamp)
    expect(() => delegation(0)).toThrow(/CHECK/)
    expect(() => delegation(8)).toThrow(/CHECK/)
    expect(() => delegation(3, 'someday')).toThrow(/CHECK/)
    expect(() => delegation(7)).not.toThrow()
    const reflection = (mood: number) =>
      db
        .prepare(
          `INSERT INTO reflections (id, member_id, kind, date, title, mood, created_at, updated_at)
           VALUES (?, 'm1', 'one_on_one', '2026-11-27', 't', ?, ?, ?)`
        )
        .run(`r-${mood}`, mood, stamp, stamp)
    expect(() => reflection(6)).toThrow(/CHECK/)
    expect(() => reflection(5)).not.toThrow()
    expect(() =>
      db
        .prepare(
          `INSERT INTO delegations (id, member_id, title, authority_level, created_at, updated_at) VALUES ('x', 'nobody', 't', 3, ?, ?)`
        )
        .run(stamp, stamp)
    ).toThrow(/FOREIGN KEY/)
    journal.db.close()
  })
})

describe('the full page check at open', () => {
  it('runs on small journals, and on large ones only after a session that did not end cleanly', () => {
    const path = join(folder(), 'leap.sqlite')
    const journal = openJournal(path)
    expect(needsFullCheck(path)).toBe(true) // small
    journal.db.exec('CREATE TABLE padding (x BLOB)')
    journal.db.prepare('INSERT INTO padding VALUES (zeroblob(?))').run(ALWAYS_FULL_CHECK_BYTES + 1024)
    journal.db.pragma('wal_checkpoint(TRUNCATE)')
    closeJournal(journal)
    expect(needsFullCheck(path)).toBe(false)

    // A crash: the marker stays, written by a process that no longer exists.
    const crashed = openJournal(path)
    crashed.db.close()
    writeFileSync(`${path}.open`, '999999999\n')
    expect(needsFullCheck(path)).toBe(true)
    closeJournal(openJournal(path))
    expect(existsSync(`${path}.open`)).toBe(false)
  })

  it('still refuses a clobbered header on a large journal without the full check', () => {
    const path = join(folder(), 'leap.sqlite')
    const journal = openJournal(path)
    journal.db.exec('CREATE TABLE padding (x BLOB)')
    journal.db.prepare('INSERT INTO padding VALUES (zeroblob(?))').run(ALWAYS_FULL_CHECK_BYTES + 1024)
    journal.db.pragma('wal_checkpoint(TRUNCATE)')
    closeJournal(journal)
    const bytes = readFileSync(path)
    bytes.write('garbage garbage!', 0, 'latin1')
    writeFileSync(path, bytes)
    expect(needsFullCheck(path)).toBe(false)
    expect(() => openJournal(path)).toThrow(/damaged or is not a Leap journal/)
  })
})
