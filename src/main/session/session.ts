import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { BackupEntry, JournalProblem, RecoveryStatus, RestoreResult } from '../../shared/domain/backups'
import { LeapError } from '../../shared/ipc/envelope'
import { checkBackup, listBackups, newestGoodBackup, writeBackup, writeBackupSync } from '../backup/backups'
import { rotateBackups } from '../backup/rotation'
import { journalPathIn } from '../config/paths'
import { DEFAULT_SETTINGS, type Settings } from '../config/settings'
import {
  LATEST_SCHEMA_VERSION,
  JournalUnavailableError,
  closeJournal,
  openJournal,
  type Journal
} from '../db/open'
import type { Migration } from '../db/migrations'
import { purgeTrash } from '../trash/purge'
import { moveJournalAside } from './moveAside'

export interface SessionOptions {
  dataDir: string
  backupDir: string
  settings?: Settings
  /** Tests inject a failing migration or a fixed clock; the app uses the real ones. */
  migrations?: readonly Migration[]
  now?: () => Date
}

const DAMAGED_WAITING = /^leap-damaged-[\d-]+\.sqlite$/

/**
 * The journal the app is working on, and everything that may replace it: opening (with recovery when the
 * file cannot be used), backups, restore and starting fresh. Main's IPC reads `journal` on every call, so a
 * restore swaps the file under the app without a restart; while `journal` is null every journal call
 * answers journal_unavailable.
 */
export class JournalSession {
  journal: Journal | null = null
  problem: JournalProblem | null = null
  readonly journalPath: string
  readonly backupDir: string
  private settings: Settings
  private readonly now: () => Date
  private busy = false

  constructor(private readonly options: SessionOptions) {
    this.journalPath = journalPathIn(options.dataDir)
    this.backupDir = options.backupDir
    this.settings = options.settings ?? DEFAULT_SETTINGS
    this.now = options.now ?? (() => new Date())
  }

  /** Settings changed while Leap runs (retention periods) apply from the next backup and the next start. */
  applySettings(settings: Settings): void {
    this.settings = settings
  }

  /**
   * Opens the journal, migrating it (after a backup) if it is older. A damaged file is moved aside untouched
   * and a newer one left alone; either way `problem` says what happened and nothing is written to it.
   * Then empties the trash of what is older than the retention period.
   */
  open(): this {
    const waiting = this.damagedJournalAwaitingDecision()
    if (waiting) {
      this.problem = damagedProblem(waiting)
      return this
    }
    try {
      this.journal = openJournal(this.journalPath, {
        ...(this.options.migrations ? { migrations: this.options.migrations } : {}),
        beforeMigrate: (db) => void writeBackupSync(db, this.backupDir, 'before-migration', this.now())
      })
      this.problem = null
    } catch (error) {
      if (!(error instanceof JournalUnavailableError)) throw error
      this.problem =
        error.kind === 'damaged'
          ? damagedProblem(moveJournalAside(this.journalPath, 'damaged', this.now()))
          : {
              kind: 'newer',
              message:
                'Your journal was saved by a newer version of Leap. This version cannot open it without risking ' +
                'your notes, so it left the file exactly as it was. Install the newer Leap to keep working.',
              movedAsideTo: null
            }
      return this
    }
    purgeTrash(this.journal.db, this.now(), this.settings.trashRetentionDays)
    return this
  }

  /** The start-of-day backup: written unless one was already made today (local day), then rotated. */
  async dailyBackup(): Promise<BackupEntry | null> {
    const today = localDay(this.now())
    if (!this.journal || listBackups(this.backupDir).some((b) => localDay(new Date(b.createdAt)) === today)) {
      return null
    }
    return this.backup('daily')
  }

  async backup(reason: 'daily' | 'manual' | 'before-restore'): Promise<BackupEntry> {
    const journal = this.requireJournal()
    const entry = await writeBackup(journal.db, this.backupDir, reason, this.now())
    rotateBackups(this.backupDir, this.settings.backupRetention, this.now())
    return entry
  }

  listBackups(): BackupEntry[] {
    return listBackups(this.backupDir)
  }

  recoveryStatus(): RecoveryStatus {
    return {
      problem: this.problem,
      newestGoodBackup: this.problem ? newestGoodBackup(this.backupDir, LATEST_SCHEMA_VERSION) : null
    }
  }

  /**
   * Replaces the journal with a backup: first backs up the journal as it is (when it is readable), then
   * copies the backup into place with SQLite's backup API under a temporary name, checks it, and renames it
   * over the journal. The backup itself is never modified. On failure the previous journal is reopened.
   */
  async restore(name: string): Promise<RestoreResult> {
    const entry = this.listBackups().find((backup) => backup.name === name)
    if (!entry) throw new LeapError('not_found', 'This backup is no longer in the backups folder.')
    const source = join(this.backupDir, name)
    const check = checkBackup(source)
    if (!check.ok || check.version < 1 || check.version > LATEST_SCHEMA_VERSION) {
      throw new LeapError(
        'conflict',
        check.ok
          ? 'This backup was made by a newer version of Leap. Choose an older backup or update Leap.'
          : 'This backup is damaged and cannot be restored. Choose another one.'
      )
    }
    return this.exclusively(async () => {
      const safetyBackup = this.journal ? await this.backup('before-restore') : null
      const staging = join(this.options.dataDir, `.leap-restore-${randomUUID()}.partial`)
      this.closeJournal()
      try {
        const backupDb = new Database(source, { readonly: true, fileMustExist: true })
        try {
          await backupDb.backup(staging)
        } finally {
          backupDb.close()
        }
        if (!checkBackup(staging).ok) throw new Error('The restored copy did not pass its integrity check.')
        this.clearPathForNewJournal()
        renameSync(staging, this.journalPath)
        this.problem = null
      } finally {
        rmSync(staging, { force: true })
        this.open()
      }
      if (!this.journal) throw new LeapError('internal', 'The backup was restored but could not be opened.')
      return { restored: entry, safetyBackup }
    })
  }

  /** From the recovery screen only: an empty journal in place of the one that could not be opened. */
  startFresh(): void {
    if (!this.problem)
      throw new LeapError('conflict', 'Your journal is open; there is nothing to start over from.')
    this.clearPathForNewJournal()
    this.problem = null
    this.journal = openJournal(this.journalPath)
  }

  close(): void {
    this.closeJournal()
  }

  private closeJournal(): void {
    const journal = this.journal
    this.journal = null
    if (journal) closeJournal(journal)
  }

  /**
   * Before a new file takes the journal's name: a journal from a newer Leap, or one whose WAL is still
   * there (which SQLite would replay into the new file), is moved aside; a leftover -shm index is removed.
   */
  private clearPathForNewJournal(): void {
    if (this.problem?.kind === 'newer') moveJournalAside(this.journalPath, 'newer', this.now())
    if (existsSync(`${this.journalPath}-wal`)) moveJournalAside(this.journalPath, 'replaced', this.now())
    rmSync(`${this.journalPath}-shm`, { force: true })
  }

  private damagedJournalAwaitingDecision(): string | null {
    if (existsSync(this.journalPath) || !existsSync(this.options.dataDir)) return null
    const waiting = readdirSync(this.options.dataDir)
      .filter((name) => DAMAGED_WAITING.test(name))
      .sort()
    return waiting.length > 0 ? join(this.options.dataDir, waiting.at(-1)!) : null
  }

  private requireJournal(): Journal {
    if (!this.journal) {
      throw new LeapError('journal_unavailable', this.problem?.message ?? 'Leap is busy restoring a backup.')
    }
    return this.journal
  }

  private async exclusively<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy) throw new LeapError('conflict', 'Leap is already restoring a backup. Wait a moment.')
    this.busy = true
    try {
      return await work()
    } finally {
      this.busy = false
    }
  }
}

function damagedProblem(movedAsideTo: string | null): JournalProblem {
  return {
    kind: 'damaged',
    message:
      'Your journal could not be read: the file is damaged or incomplete. Leap did not change it. ' +
      'It was moved aside, exactly as it was, so nothing can write to it by mistake.',
    movedAsideTo
  }
}

const localDay = (at: Date) => `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`
