import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type {
  BackupEntry,
  JournalProblem,
  Recovered,
  RecoveryStatus,
  RestoreResult
} from '../../shared/domain/backups'
import { LeapError } from '../../shared/ipc/envelope'
import {
  checkBackup,
  contentsOf,
  listBackups,
  newestGoodBackup,
  writeBackup,
  writeBackupSync
} from '../backup/backups'
import { rotateBackups } from '../backup/rotation'
import { copyOffThread, salvageOffThread } from '../backup/thread'
import { journalPathIn } from '../config/paths'
import { DEFAULT_SETTINGS, type Settings } from '../config/settings'
import { BUSY_TIMEOUT_MS, LATEST_SCHEMA_VERSION, closeJournal, openJournal, type Journal } from '../db/open'
import type { Migration } from '../db/migrations'
import { faultOf, withFaults } from '../faults/faults'
import { removeLeftovers, tightenFolders } from '../files/leftovers'
import { createPrivateFile } from '../files/private'
import { purgeTrash } from '../trash/purge'
import { moveJournalAside } from './moveAside'
import { damagedProblem, problemOf, replaceable } from './problems'

export interface SessionOptions {
  dataDir: string
  backupDir: string
  settings?: Settings
  /** Tests inject a failing migration or a fixed clock; the app uses the real ones. */
  migrations?: readonly Migration[]
  now?: () => Date
}

const DAMAGED_WAITING = /^leap-damaged-[\d-]+\.sqlite$/
const PURGE_RETRY_MS = 60_000
const ENTRY_TABLES = [
  'members',
  'reflections',
  'delegations',
  'checkins',
  'action_items',
  'authority_changes'
]

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
  private tidied = false
  private purgeTimer: NodeJS.Timeout | undefined = undefined

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
   * and a newer one left alone; anything else in the way (a full or read-only disk, permissions, a lock, a
   * missing file) leaves the file where it is, and `problem` says what to do; retry() opens it once the cause
   * is gone. Never throws: every failure becomes a problem the window can show. First removes what an
   * interrupted backup or restore left behind; then empties the trash of what has been there long enough.
   */
  open(): this {
    this.tidy()
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
      this.problem = problemOf(error, () => moveJournalAside(this.journalPath, 'damaged', this.now()))
      return this
    }
    this.purgeTrashWhenFree(this.journal)
    return this
  }

  /**
   * "Try again" on the recovery screen: opens the journal if it is not open yet, and says how it went. A
   * journal opened now gets the day's backup, as at a start.
   */
  retry(): Promise<RecoveryStatus> {
    if (!this.journal) {
      this.open()
      if (this.journal)
        this.dailyBackup().catch((error) => console.error('Leap: the daily backup failed', error))
    }
    return this.recoveryStatus()
  }

  /** The start-of-day backup: written unless one was already made today (local day), then rotated. */
  async dailyBackup(): Promise<BackupEntry | null> {
    const today = localDay(this.now())
    if (!this.journal || listBackups(this.backupDir).some((b) => localDay(new Date(b.createdAt)) === today)) {
      return null
    }
    return this.backup('daily')
  }

  async backup(reason: 'daily' | 'manual' | 'before-restore' | 'before-import'): Promise<BackupEntry> {
    const journal = this.requireJournal()
    const entry = await writeBackup(journal.db, this.backupDir, reason, this.now())
    rotateBackups(this.backupDir, this.settings.backupRetention, this.now())
    return entry
  }

  listBackups(): BackupEntry[] {
    return listBackups(this.backupDir)
  }

  /**
   * What the recovery screen offers: for a damaged, newer or missing journal, the backup holding the latest
   * work and what it holds, beside what can still be read of the damaged file, so restoring never silently
   * drops newer work (docs/RELIABILITY.md F2). A fault of the machine offers only "Try again".
   */
  async recoveryStatus(): Promise<RecoveryStatus> {
    const problem = this.problem
    if (!replaceable(problem)) {
      return { problem, newestGoodBackup: null, backupHolds: null, damagedHolds: null }
    }
    const good = await newestGoodBackup(this.backupDir, LATEST_SCHEMA_VERSION)
    const damaged = this.damagedFile()
    return {
      problem,
      newestGoodBackup: good?.entry ?? null,
      backupHolds: good?.contents ?? null,
      damagedHolds: damaged ? await contentsOf(damaged).catch(() => null) : null
    }
  }

  /**
   * Replaces the journal with a backup (from the Backups screen): first backs up the journal as it is, then
   * copies the backup into place with SQLite's backup API under a temporary name, checks it, and renames it
   * over the journal. The backup itself is never modified. On failure the previous journal is reopened.
   */
  async restore(name: string): Promise<RestoreResult> {
    const entry = await this.restorableBackup(name)
    return this.exclusively(async () => {
      const safetyBackup = this.journal ? await this.backup('before-restore') : null
      await this.replaceJournal(
        async (staging) => void (await copyOffThread(join(this.backupDir, name), staging))
      )
      return { restored: entry, safetyBackup }
    })
  }

  /**
   * From the recovery screen: a backup (or, without one, an empty journal) in place of the journal that
   * could not be opened, and with `salvage` every row of the damaged file that can still be read and that
   * the backup lacks or holds in an older version. The damaged file itself stays where it was moved.
   */
  async recover(backup: string | null, salvage: boolean): Promise<Recovered> {
    if (!replaceable(this.problem)) {
      throw new LeapError('conflict', 'Your journal is open; there is nothing to recover.')
    }
    const entry = backup ? await this.restorableBackup(backup) : null
    const damaged = salvage ? this.damagedFile() : null
    return this.exclusively(async () => {
      let salvaged: Recovered['salvaged'] = null
      await this.replaceJournal(async (staging) => {
        if (entry) await copyOffThread(join(this.backupDir, entry.name), staging)
        // Brings the copy (or the empty file) to the latest schema, so every row of the damaged file fits.
        closeJournal(openJournal(staging))
        if (!damaged) return
        const copied = await salvageOffThread(damaged, staging)
        // What the user calls entries; links, tags and Leap's own bookkeeping come along uncounted.
        const counts = ENTRY_TABLES.map((table) => copied[table] ?? { added: 0, updated: 0, skipped: 0 })
        salvaged = {
          rows: counts.reduce((sum, table) => sum + table.added + table.updated, 0),
          skipped: counts.reduce((sum, table) => sum + table.skipped, 0)
        }
      })
      return { restored: entry, salvaged }
    })
  }

  /** From the recovery screen only: an empty journal in place of the one that could not be opened. */
  async startFresh(): Promise<void> {
    await this.recover(null, false)
  }

  close(): void {
    clearTimeout(this.purgeTimer)
    this.closeJournal()
  }

  private closeJournal(): void {
    const journal = this.journal
    this.journal = null
    if (journal) closeJournal(journal)
  }

  private async restorableBackup(name: string): Promise<BackupEntry> {
    const entry = this.listBackups().find((backup) => backup.name === name)
    if (!entry) throw new LeapError('not_found', 'This backup is no longer in the backups folder.')
    const check = await checkBackup(join(this.backupDir, name))
    if (!check.ok || check.version < 1 || check.version > LATEST_SCHEMA_VERSION) {
      throw new LeapError(
        'conflict',
        check.ok
          ? 'This backup was made by a newer version of Leap. Choose an older backup or update Leap.'
          : 'This backup is damaged and cannot be restored. Choose another one.'
      )
    }
    return entry
  }

  /**
   * Writes a new journal under a temporary name in the data folder (`fill` makes it), then renames it over
   * the journal and opens it. Whatever happens, the temporary file goes and the journal is opened again.
   */
  private async replaceJournal(fill: (staging: string) => Promise<void>): Promise<void> {
    const staging = join(this.options.dataDir, `.leap-restore-${randomUUID()}.partial`)
    this.closeJournal()
    try {
      await withFaults(
        async () => {
          createPrivateFile(staging)
          await fill(staging)
          this.clearPathForNewJournal()
          renameSync(staging, this.journalPath)
        },
        {
          outcome: 'Not restored',
          where: `the folder of your journal (${this.options.dataDir})`,
          after: 'Your journal is as it was.'
        },
        { folder: this.options.dataDir }
      )
      this.problem = null
    } finally {
      for (const suffix of ['', '-wal', '-shm', '-journal', '.open']) {
        rmSync(`${staging}${suffix}`, { force: true })
      }
      this.open()
    }
    if (!this.journal) throw new LeapError('internal', 'The journal was replaced but could not be opened.')
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

  private damagedFile(): string | null {
    return this.problem?.kind === 'damaged' ? this.problem.movedAsideTo : null
  }

  private damagedJournalAwaitingDecision(): string | null {
    if (existsSync(this.journalPath) || !existsSync(this.options.dataDir)) return null
    const waiting = readdirSync(this.options.dataDir)
      .filter((name) => DAMAGED_WAITING.test(name))
      .sort()
    return waiting.length > 0 ? join(this.options.dataDir, waiting.at(-1)!) : null
  }

  /** Once per session, before the journal is opened: see files/leftovers.ts. */
  private tidy(): void {
    if (this.tidied) return
    this.tidied = true
    const folders = [this.options.dataDir, this.backupDir]
    try {
      removeLeftovers(folders)
      tightenFolders(folders)
    } catch (error) {
      console.warn('Leap: leftover temporary files could not be removed', error)
    }
  }

  /**
   * The trash is emptied at start, but never at the cost of the start: the purge does not wait for a lock
   * another program holds (a backup tool, Leap's command line); it tries again a minute later, until it runs
   * (docs/RELIABILITY.md F3). Any other failure (a full disk) is logged and tried at the next start.
   */
  private purgeTrashWhenFree(journal: Journal): void {
    clearTimeout(this.purgeTimer)
    try {
      withoutWaiting(journal.db, () => purgeTrash(journal.db, this.now(), this.settings.trashRetentionDays))
    } catch (error) {
      if (faultOf(error) === 'busy') {
        this.purgeTimer = setTimeout(() => {
          if (this.journal === journal) this.purgeTrashWhenFree(journal)
        }, PURGE_RETRY_MS)
        this.purgeTimer.unref()
      } else console.warn('Leap: the trash was not emptied; it will be at the next start', error)
    }
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

/** Runs `work` with busy_timeout at 0: it fails at once, instead of waiting, if another process holds the lock. */
function withoutWaiting<T>(db: Journal['db'], work: () => T): T {
  db.pragma('busy_timeout = 0')
  try {
    return work()
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  }
}

const localDay = (at: Date) => `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`
