import { z } from 'zod'
import { EVERYTHING_IN_THE_JOURNAL, type Slice } from '../ipc/dataSets'
import { Timestamp } from './common'

/** Why a backup was written; part of its file name, so the folder explains itself. */
export const BACKUP_REASONS = ['daily', 'manual', 'before-restore', 'before-migration'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/**
 * A backup's file name: `leap-<UTC date and time to the millisecond>-<reason>.sqlite`. The renderer names a
 * backup only by this, never by a path, so a call can never point main at another file.
 */
export const BACKUP_NAME =
  /^leap-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})-(daily|manual|before-restore|before-migration)\.sqlite$/

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

export const RestoreResult = z.strictObject({
  restored: BackupEntry,
  /** The copy of the journal as it was just before the restore; null when there was no readable journal. */
  safetyBackup: BackupEntry.nullable()
})
export type RestoreResult = z.infer<typeof RestoreResult>

/** Show the backups folder, or one backup in it, in the system's file manager. */
export const ShowBackup = z.strictObject({ name: BackupName.optional() })

export const JournalProblem = z.strictObject({
  kind: z.enum(['damaged', 'newer']),
  /** What happened, in plain words. */
  message: z.string(),
  /** Where the damaged file (with its -wal and -shm) was moved, untouched; null when it was left in place. */
  movedAsideTo: z.string().nullable()
})
export type JournalProblem = z.infer<typeof JournalProblem>

export const RecoveryStatus = z.strictObject({
  problem: JournalProblem.nullable(),
  /** The newest backup that passes an integrity check and this Leap can open. */
  newestGoodBackup: BackupEntry.nullable()
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
  'backups.showInFolder': { input: ShowBackup, output: z.strictObject({}), writes: [] }
} as const satisfies Slice<'backups'>
