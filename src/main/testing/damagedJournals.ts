import { openSync, closeSync, statSync, truncateSync, writeSync } from 'node:fs'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { writeBackupSync } from '../backup/backups'
import { closeJournal, openJournal } from '../db/open'
import { createMember } from '../journal/members'

/**
 * A real journal with enough notes to span many pages, closed cleanly (WAL checkpointed into the file), and
 * ways to damage it the way disks, copies and crashes do. Used by the unit tests and the e2e harness.
 */
export function writeJournalWithNotes(path: string, people = 40): void {
  const journal = openJournal(path)
  for (let i = 0; i < people; i += 1) {
    createMember(journal.db, { name: `Person ${i}`, notes: `Notes about person ${i}. `.repeat(60) })
  }
  closeJournal(journal)
}

/** The journal exactly as a newer Leap would leave it: a schema version this Leap does not know. */
export function writeJournalFromNewerLeap(path: string): void {
  writeJournalWithNotes(path, 3)
  const db = new Database(path)
  db.pragma('user_version = 99')
  db.close()
}

function overwrite(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+')
  try {
    writeSync(fd, bytes, 0, bytes.length, offset)
  } finally {
    closeSync(fd)
  }
}

const PAGE = 4096

export const damage = {
  /** The 100-byte header overwritten: SQLite says "file is not a database" (NOTADB). */
  clobberedHeader: (path: string) => overwrite(path, 0, Buffer.alloc(100, 0x5a)),
  /** A page in the middle filled with garbage: quick_check reports corruption (CORRUPT). */
  garbagePage: (path: string) => overwrite(path, 3 * PAGE, Buffer.alloc(PAGE, 0xa5)),
  /** Cut in half, as by a failed copy or a full disk. */
  truncated: (path: string) => truncateSync(path, Math.floor(statSync(path).size / PAGE / 2) * PAGE)
} as const

export type Damage = keyof typeof damage

/**
 * A journal of `people` people backed up, then given `later` more people, then damaged in one page of the
 * people's table: what restoring the backup alone would lose, and what salvage brings back.
 */
export function damageAfterBackup(dataDir: string, backupDir: string, people: number, later: string[]): void {
  const path = join(dataDir, 'leap.sqlite')
  writeJournalWithNotes(path, people)
  const journal = openJournal(path)
  writeBackupSync(journal.db, backupDir, 'daily')
  for (const name of later) createMember(journal.db, { name, notes: 'Notes about the week. '.repeat(60) })
  closeJournal(journal)
  garbageInTable(path, 'members')
}

/**
 * A leaf page in the middle of one table filled with garbage, as a bad sector would: the rows on that page
 * are lost, every other row of the table can still be read. Found with SQLite's dbstat table.
 */
export function garbageInTable(path: string, table: string): void {
  const db = new Database(path, { readonly: true })
  const pages = db
    .prepare(`SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno`)
    .pluck()
    .all(table) as number[]
  db.close()
  const page = pages[Math.floor(pages.length / 2)]!
  overwrite(path, (page - 1) * PAGE, Buffer.alloc(PAGE, 0xa5))
}
