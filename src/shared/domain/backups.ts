import { z } from 'zod'
import { FAULT_CODES } from '../ipc/envelope'
import { EVERYTHING_IN_THE_JOURNAL, type Slice } from '../ipc/dataSets'
import { Timestamp } from './common'

/** Why a backup was written; part of its file name, so the folder explains itself. */
export const BACKUP_REASONS = [
  'daily',
  'manual',
  'before-restore',
  'before-migration',
  'before-import'
] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/**
 * A backup's file name: `leap-<UTC date and time to the millisecond>-<reason>.sqlite`. The renderer names a
 * backup only by this, never by a path, so a call can never point main at another file.
 */
export const BACKUP_NAME =
  /^leap-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})-(daily|manual|before-restore|before-migration|before-import)\.sqlite$/

export const BackupName = z.string().regex(BACKUP_NAME, { message: 'Choose a backup from the list.' })

export const BackupEntry = z.strictObject({
  name: BackupName,
  createdAt: Timestamp,
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int().nonnegative()
})
export type BackupEntry = z.infer<typeof BackupEntry>

export const BackupList = z.strictObject({
  /** The folder the backups are in, shown so the user can find them without Leap. */
  folder: z.string(),
  backups: z.array(BackupEntry)
})
export type BackupList = z.infer<typeof BackupList>

export const BackupRestore = z.strictObject({ name: BackupName })

/**
 * From the recovery screen: restore a backup (or, without one, start an empty journal) and, with `salvage`,
 * copy in every row of the damaged journal that can still be read and that the backup lacks or holds in an
 * older version.
 */
export const Recover = z.strictObject({ backup: BackupName.nullable(), salvage: z.boolean() })

export const Recovered = z.strictObject({
  restored: BackupEntry.nullable(),
  /** Rows brought back from the damaged journal (added, or updated to their later version), and those skipped. */
  salvaged: z
    .strictObject({ rows: z.number().int().nonnegative(), skipped: z.number().int().nonnegative() })
    .nullable()
})
export type Recovered = z.infer<typeof Recovered>

export const RestoreResult = z.strictObject({
  restored: BackupEntry,
  /** The copy of the journal as it was just before the restore; null when there was no readable journal. */
  safetyBackup: BackupEntry.nullable()
})
export type RestoreResult = z.infer<typeof RestoreResult>

/** Show the backups folder, or one backup in it, in the system's file manager. */
export const ShowBackup = z.strictObject({ name: BackupName.optional() })

/**
 * Why the journal is not open. `damaged` (SQLite proved it) and `newer` (from a newer Leap) are about the
 * file; `missing` (the file is gone but its write-ahead log is not), `unreadable` (an error that proves
 * nothing, such as a disk read error) and the faults (disk full, read-only, busy, permission) are about
 * the machine: the file is left where it is, untouched, and trying again once the cause is gone opens it.
 */
export const JOURNAL_PROBLEM_KINDS = ['damaged', 'newer', 'missing', 'unreadable', ...FAULT_CODES] as const
export type JournalProblemKind = (typeof JOURNAL_PROBLEM_KINDS)[number]

export const JournalProblem = z.strictObject({
  kind: z.enum(JOURNAL_PROBLEM_KINDS),
  /** What happened, in plain words. */
  message: z.string(),
  /** Where the damaged file (with its -wal and -shm) was moved, untouched; null when it was left in place. */
  movedAsideTo: z.string().nullable()
})
export type JournalProblem = z.infer<typeof JournalProblem>

const count = z.number().int().nonnegative().nullable()

/** What a journal file holds: entries not in the trash (null where it cannot be read) and its last change. */
export const JournalContents = z.strictObject({
  lastChange: Timestamp.nullable(),
  members: count,
  reflections: count,
  delegations: count,
  checkins: count,
  actionItems: count
})
export type JournalContents = z.infer<typeof JournalContents>

const entries = z.number().int().nonnegative()
/** A number of entries of each kind. */
export const EntryCounts = z.strictObject({
  members: entries,
  reflections: entries,
  delegations: entries,
  checkins: entries,
  actionItems: entries
})
export type EntryCounts = z.infer<typeof EntryCounts>

/**
 * What restoring a backup would do to the open journal: take away the entries written since it, take back
 * changes made since, and bring back entries moved to the trash (or purged from it) since.
 */
export const RestoreLoss = z.strictObject({
  written: EntryCounts,
  changed: EntryCounts,
  trashed: EntryCounts
})
export type RestoreLoss = z.infer<typeof RestoreLoss>

export const RecoveryStatus = z.strictObject({
  problem: JournalProblem.nullable(),
  /** The backup holding the latest work (by its last change) that passes an integrity check and this Leap can open. */
  newestGoodBackup: BackupEntry.nullable(),
  /** What that backup holds, so the screen can say what restoring it would bring back and what not. */
  backupHolds: JournalContents.nullable(),
  /** What can still be read of the damaged journal (moved aside): what a restore alone would lose. */
  damagedHolds: JournalContents.nullable()
})
export type RecoveryStatus = z.infer<typeof RecoveryStatus>

export const backupsChannels = {
  'backups.list': { input: z.strictObject({}), output: BackupList, reads: ['backups'] },
  'backups.create': { input: z.strictObject({}), output: BackupEntry, writes: ['backups'] },
  /** Replaces the journal (after backing it up): everything in it may change. */
  'backups.restore': {
    input: BackupRestore,
    output: RestoreResult,
    writes: [...EVERYTHING_IN_THE_JOURNAL, 'backups']
  },
  'backups.showInFolder': { input: ShowBackup, output: z.strictObject({}), writes: [] },
  /** The backup beside the open journal: what a restore of it would lose. */
  'backups.restoreLoss': {
    input: BackupRestore,
    output: RestoreLoss,
    reads: ['backups', 'members', 'reflections', 'delegations', 'checkins', 'action_items']
  }
} as const satisfies Slice<'backups'>
