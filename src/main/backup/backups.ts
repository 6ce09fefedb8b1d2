import { randomUUID } from 'node:crypto'
import { existsSync, linkSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import {
  BACKUP_NAME,
  type BackupEntry,
  type BackupReason,
  type JournalContents
} from '../../shared/domain/backups'
import { assertNotTruncated } from '../db/inspect'
import type { Db } from '../db/open'
import { faultError, type FaultContext } from '../faults/faults'
import { createPrivateFile, makePrivateFolder } from '../files/private'
import { copyOffThread, inspectOffThread, type FileContents } from './thread'

/**
 * Backups are whole, consistent copies made by SQLite itself: `db.backup()` (or `VACUUM INTO` where the
 * caller cannot wait), never a file copy, which can catch a WAL journal between a commit and a checkpoint.
 * Each is written under a temporary name and checked with quick_check, on a thread of its own (it reads and
 * writes the whole file), then linked to its final name, so a backup that exists is whole, and an existing backup is
 * never overwritten. Backups and the folder are the user's alone (0600, 0700: docs/RELIABILITY.md F9).
 */
export async function writeBackup(db: Db, folder: string, reason: BackupReason, at = new Date()) {
  let partial: string | undefined
  try {
    partial = partialIn(folder)
    // The journal's own file, read by the thread's connection: every committed write is in the copy.
    await copyOffThread(db.name, partial)
    assertNotTruncated(partial)
    return publish(partial, folder, reason, at)
  } catch (error) {
    throw faultError(error, backupFault(folder), { folder }) ?? error
  } finally {
    if (partial) removePartial(partial)
  }
}

/**
 * For the moment before a migration, inside the synchronous open (before the window exists): SQLite's
 * VACUUM INTO, then the same switch to one file and the same check, on this thread.
 */
export function writeBackupSync(db: Db, folder: string, reason: BackupReason, at = new Date()): BackupEntry {
  let partial: string | undefined
  try {
    partial = partialIn(folder)
    db.prepare('VACUUM INTO ?').run(partial)
    const copy = new Database(partial, { fileMustExist: true })
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    assertNotTruncated(partial)
    const check = new Database(partial, { readonly: true, fileMustExist: true })
    try {
      const detail = String(check.pragma('quick_check', { simple: true }))
      if (detail !== 'ok') throw new Error(`The backup did not pass its integrity check (${detail}).`)
    } finally {
      check.close()
    }
    return publish(partial, folder, reason, at)
  } catch (error) {
    throw faultError(error, backupFault(folder), { folder }) ?? error
  } finally {
    if (partial) removePartial(partial)
  }
}

const backupFault = (folder: string): FaultContext => ({
  outcome: 'The backup was not written',
  where: `the backups folder (${folder})`,
  after: 'Your journal is unchanged.'
})

function removePartial(partial: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${partial}${suffix}`, { force: true })
}

/** An empty file for SQLite to fill, readable by its owner only (SQLite keeps an existing file's mode). */
function partialIn(folder: string): string {
  makePrivateFolder(folder)
  const partial = join(folder, `.leap-backup-${randomUUID()}.partial`)
  createPrivateFile(partial)
  return partial
}

function publish(partial: string, folder: string, reason: BackupReason, at: Date): BackupEntry {
  // Never overwrite (link fails with EEXIST); two backups within one millisecond take the next free one.
  for (let offset = 0; ; offset += 1) {
    const name = backupName(new Date(at.getTime() + offset), reason)
    try {
      linkSync(partial, join(folder, name))
      return entryFor(folder, name)!
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || offset >= 1000) throw error
    }
  }
}

export function backupName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '').replace('Z', '')
  return `leap-${stamp}-${reason}.sqlite`
}

function entryFor(folder: string, name: string): BackupEntry | null {
  const match = BACKUP_NAME.exec(name)
  if (!match) return null
  const [, year, month, day, hour, minute, second, ms, reason] = match
  const createdAt = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`)
  if (Number.isNaN(createdAt.getTime())) return null
  return {
    name,
    createdAt: createdAt.toISOString(),
    reason: reason as BackupReason,
    sizeBytes: statSync(join(folder, name)).size
  }
}

/** Every backup in the folder, newest first. Other files there are never listed, touched or deleted. */
export function listBackups(folder: string): BackupEntry[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .map((name) => entryFor(folder, name))
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

export interface BackupCheck {
  ok: boolean
  /** The backup's schema version (0 when unreadable). */
  version: number
  detail: string
  contents: JournalContents | null
}

/** Opens a backup read-only, off this thread: it must be as long as its header says and pass quick_check. */
export async function checkBackup(path: string): Promise<BackupCheck> {
  try {
    assertNotTruncated(path)
  } catch (error) {
    return { ok: false, version: 0, detail: (error as Error).message, contents: null }
  }
  const inspection = await inspectOffThread(path, true)
  return { ...inspection, contents: inspection.contents && journalContents(inspection.contents) }
}

/** What a journal file holds, as far as it can be read (a damaged one too); null if nothing can be. */
export async function contentsOf(path: string): Promise<JournalContents | null> {
  const { contents } = await inspectOffThread(path, false)
  return contents && journalContents(contents)
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

function journalContents({ counts, lastChange }: FileContents): JournalContents {
  return {
    // A damaged file may hold anything where a time should be: only a real one is shown.
    lastChange: lastChange && ISO_TIME.test(lastChange) ? lastChange : null,
    members: counts.members ?? null,
    reflections: counts.reflections ?? null,
    delegations: counts.delegations ?? null,
    checkins: counts.checkins ?? null,
    actionItems: counts.action_items ?? null
  }
}

export interface GoodBackup {
  entry: BackupEntry
  contents: JournalContents | null
}

/**
 * The backup holding the latest work that is whole and that this Leap can open (not from a newer version,
 * not empty). Backups are ordered by what they hold, their last change, not by the time in their name: a
 * backup written while the clock was a year ahead is named a year ahead, and must not pass for the newest
 * (docs/RELIABILITY.md F6). The name decides between backups with the same last change.
 */
export async function newestGoodBackup(folder: string, latestVersion: number): Promise<GoodBackup | null> {
  const candidates: (GoodBackup & { order: string })[] = []
  for (const entry of listBackups(folder)) {
    const contents = await contentsOf(join(folder, entry.name)).catch(() => null)
    candidates.push({ entry, contents, order: contents?.lastChange ?? '' })
  }
  candidates.sort((a, b) => b.order.localeCompare(a.order))
  for (const { entry } of candidates) {
    const check = await checkBackup(join(folder, entry.name))
    if (check.ok && check.version >= 1 && check.version <= latestVersion) {
      return { entry, contents: check.contents }
    }
  }
  return null
}
