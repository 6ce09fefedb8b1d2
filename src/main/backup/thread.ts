import { Worker } from 'node:worker_threads'
import {
  backupThread,
  type Inspection,
  type SalvageCounts,
  type ThreadJob,
  type ThreadReply,
  type ThreadRequest
} from './threadProgram'

export type { FileContents, Inspection, SalvageCounts } from './threadProgram'

/**
 * The thread's program as source text. A compiler that keeps function names (esbuild's keepNames, which tsx
 * uses for the command-line tools) wraps inner functions in a `__name` helper defined outside the function:
 * the text brings its own, which does what the helper does for this program, nothing.
 */
const source = `var __name = (target) => target;\n(${backupThread.toString()})()`

/** Runs one job on a thread of its own (see threadProgram.ts); a failure comes back with its error code. */
function onThread<T>(job: ThreadJob): Promise<T> {
  const request: ThreadRequest = { job, from: import.meta.url }
  const worker = new Worker(source, { eval: true, workerData: request })
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (reply: ThreadReply) => {
      if (reply.ok) resolve(reply.value as T)
      else reject(Object.assign(new Error(reply.message), { code: reply.code }))
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`The checking thread stopped (exit ${code}).`)))
  })
}

/** Opens a journal file read-only: its version, what it holds and, with `check`, quick_check's verdict. */
export const inspectOffThread = (path: string, check: boolean) =>
  onThread<Inspection>({ kind: 'inspect', path, check })

/**
 * Copies a journal file with SQLite's backup API into one self-contained file and checks the copy; throws if
 * it is not whole.
 */
export const copyOffThread = (source: string, target: string) =>
  onThread<null>({ kind: 'copy', source, target })

/** Copies the readable rows of a damaged journal into a whole one (see threadProgram.ts). */
export const salvageOffThread = (source: string, target: string) =>
  onThread<SalvageCounts>({ kind: 'salvage', source, target })
