import { randomUUID } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { BACKUP_NAME, type BackupEntry, type BackupReason } from '../../shared/domain/backups'
import { assertNotTruncated, type Db } from '../db/open'

/**
 * Backups are whole, consistent copies made by SQLite itself: `db.backup()` (or `VACUUM INTO` where the
 * caller cannot wait), never a file copy, which can catch a WAL journal between a commit and a checkpoint.
 * Each is written under a temporary name, checked with quick_check, then linked to its final name, so a
 * backup that exists is whole, and an existing backup is never overwritten.
 */
export async function writeBackup(db: Db, folder: string, reason: BackupReason, at = new Date()) {
  const partial = partialPath(folder)
  try {
    await db.backup(partial)
    return publish(partial, folder, reason, at)
  } finally {
    removePartial(partial)
  }
}

/** For the moment before a migration, inside the synchronous open: SQLite's VACUUM INTO, same guarantees. */
export function writeBackupSync(db: Db, folder: string, reason: BackupReason, at = new Date()): BackupEntry {
  const partial = partialPath(folder)
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    return publish(partial, folder, reason, at)
  } finally {
    removePartial(partial)
  }
}

function removePartial(partial: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${partial}${suffix}`, { force: true })
}

function partialPath(folder: string): string {
  mkdirSync(folder, { recursive: true })
  return join(folder, `.leap-backup-${randomUUID()}.partial`)
}

function publish(partial: string, folder: string, reason: BackupReason, at: Date): BackupEntry {
  selfContained(partial)
  const check = checkBackup(partial)
  if (!check.ok) throw new Error(`The backup did not pass its integrity check (${check.detail}).`)
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

/**
 * A copy of a WAL journal is itself marked WAL; switch it to a rollback journal so the backup is one file
 * that opens anywhere (and read-only opens create no -wal or -shm beside it).
 */
function selfContained(partial: string): void {
  const db = new Database(partial, { fileMustExist: true })
  try {
    db.pragma('journal_mode = DELETE')
  } finally {
    db.close()
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
}

/** Opens a backup read-only: it must be as long as its header says and pass quick_check. */
export function checkBackup(path: string): BackupCheck {
  let db: Db | undefined
  try {
    assertNotTruncated(path)
    db = new Database(path, { readonly: true, fileMustExist: true })
    const version = db.pragma('user_version', { simple: true }) as number
    const result = String(db.pragma('quick_check', { simple: true }))
    return { ok: result === 'ok', version, detail: result }
  } catch (error) {
    return { ok: false, version: 0, detail: (error as Error).message }
  } finally {
    db?.close()
  }
}

/** The newest backup that is whole and that this Leap can open (not from a newer version, not empty). */
export function newestGoodBackup(folder: string, latestVersion: number): BackupEntry | null {
  for (const entry of listBackups(folder)) {
    const check = checkBackup(join(folder, entry.name))
    if (check.ok && check.version >= 1 && check.version <= latestVersion) return entry
  }
  return null
}
