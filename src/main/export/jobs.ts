import type { Platform } from '../platform'
import { randomUUID } from 'node:crypto'
import type { ExportStart, ExportStatus } from '../../shared/domain/export'
import { LeapError } from '../../shared/ipc/envelope'
import type { Journal } from '../db/open'
import type { ChannelHandlers } from '../ipc/handlers'
import { exportSteps, openJournalForExport } from './exportJournal'

/** What export needs of the desktop: the folder picker (null when closed) and the file manager. */
export type ExportDialogs = Pick<Platform, 'chooseFolder' | 'openFolder'>

/**
 * The longest the export works before it lets the event loop answer the window (status, cancel, any other
 * call): the main thread must never stall long enough for a person to notice.
 */
const SLICE_MS = 10
const KEPT_JOBS = 10

interface Job {
  status: ExportStatus
  cancelled: boolean
}

/**
 * Exports started from the app. IPC calls are request/response, so `start` answers at once with a job id and
 * the export runs in slices in the background; the renderer polls `status` and may `cancel`. The export reads
 * through its own read-only connection, so the journal stays usable (and writable) meanwhile.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>()

  constructor(
    private readonly journal: Journal,
    private readonly dialogs: ExportDialogs
  ) {}

  start(input: ExportStart): ExportStatus {
    for (const job of this.jobs.values()) {
      if (job.status.state === 'choosing' || job.status.state === 'running') {
        throw new LeapError('conflict', 'An export is already running. Wait for it to finish or cancel it.')
      }
    }
    const jobId = randomUUID()
    const job: Job = {
      status: { jobId, state: 'choosing', done: 0, total: 0, summary: null, error: null },
      cancelled: false
    }
    this.jobs.set(jobId, job)
    for (const old of [...this.jobs.keys()].slice(0, -KEPT_JOBS)) this.jobs.delete(old)
    void this.run(job, input)
    return { ...job.status }
  }

  status(jobId: string): ExportStatus {
    return { ...this.find(jobId).status }
  }

  cancel(jobId: string): ExportStatus {
    const job = this.find(jobId)
    job.cancelled = true
    return { ...job.status }
  }

  openFolder(jobId: string): { folder: string } {
    const folder = this.find(jobId).status.summary?.folder
    if (!folder) throw new LeapError('conflict', 'This export has not written a folder.')
    this.dialogs.openFolder(folder)
    return { folder }
  }

  private find(jobId: string): Job {
    const job = this.jobs.get(jobId)
    if (!job) throw new LeapError('not_found', 'This export is no longer known. Start it again.')
    return job
  }

  private async run(job: Job, input: ExportStart): Promise<void> {
    const status = job.status
    let db: ReturnType<typeof openJournalForExport> | null = null
    let steps: ReturnType<typeof exportSteps> | null = null
    try {
      const folder = await this.dialogs.chooseFolder()
      if (!folder || job.cancelled) {
        status.state = 'cancelled'
        return
      }
      status.state = 'running'
      db = openJournalForExport(this.journal.path)
      steps = exportSteps({ db, folder, ...input })
      let sliceStarted = performance.now()
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          status.summary = step.value
          status.done = step.value.total
          status.total = step.value.total
          status.state = 'done'
          return
        }
        const { waitForDisk, ...progress } = step.value
        Object.assign(status, progress)
        // The disk is behind: wait for it here without blocking, rather than in the next step.
        if (waitForDisk) await waitForDisk()
        if (waitForDisk || performance.now() - sliceStarted >= SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve))
          sliceStarted = performance.now()
        }
        if (job.cancelled) {
          status.state = 'cancelled'
          return
        }
      }
    } catch (error) {
      status.state = 'failed'
      status.error =
        error instanceof LeapError
          ? error.message
          : `Leap could not finish the export: ${(error as Error).message}. Files already in place are whole.`
    } finally {
      // Stopping the steps removes what is not yet visible (a finished export has nothing left to stop); a
      // failed wait for the disk happens outside them, so they are stopped here too.
      steps?.return(undefined as never)
      db?.close()
    }
  }
}

const jobsByJournal = new WeakMap<Journal, ExportJobs>()

/** The export jobs of one open journal (one registry per journal, made on first use). */
export function exportJobsFor(journal: Journal, dialogs: ExportDialogs | undefined): ExportJobs {
  if (!dialogs) throw new LeapError('internal', 'Export is not available in this window.')
  let jobs = jobsByJournal.get(journal)
  if (!jobs) jobsByJournal.set(journal, (jobs = new ExportJobs(journal, dialogs)))
  return jobs
}

type ExportChannel = 'export.start' | 'export.status' | 'export.cancel' | 'export.openFolder'

export const exportHandlers: ChannelHandlers<ExportChannel> = {
  'export.start': ({ journal, platform }, input) => exportJobsFor(journal, platform).start(input),
  'export.status': ({ journal, platform }, { jobId }) => exportJobsFor(journal, platform).status(jobId),
  'export.cancel': ({ journal, platform }, { jobId }) => exportJobsFor(journal, platform).cancel(jobId),
  'export.openFolder': ({ journal, platform }, { jobId }) =>
    exportJobsFor(journal, platform).openFolder(jobId)
}
