import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads'

/**
 * How a first export's new files reach the disk: at once in this thread, or queued to a second thread that
 * writes while this one reads and renders the next reflections. Creating files is most of an export's time
 * (a plain `writeFileSync` of 10,000 files takes about as long as reading and rendering them), and the two
 * need not wait for each other: the export then takes about as long as the slower of the two, not their sum.
 */
export interface FileQueue {
  /** Writes `content` to the new file `target` (never replacing one), making its folder first. */
  add(target: string, content: string): void
  /** Returns once every file added is on disk; throws the first failed write. */
  finish(): void
  /**
   * For a caller that must not block (the app's main thread): null while `add` (or, `untilAllWritten`,
   * `finish`) would return at once; else a wait to await first, which resolves without blocking once the
   * writer has caught up.
   */
  behind(untilAllWritten: boolean): (() => Promise<void>) | null
  /** Drops the files not yet written and returns once no write is under way, so their folder can go. */
  stop(): void
}

export interface FileModes {
  file: number
  dir: number
}

/** Writes each file at once: for small exports, where starting a thread costs more than it saves. */
export function inlineQueue(modes: FileModes): FileQueue {
  const madeDirs = new Set<string>()
  return {
    add(target, content) {
      const dir = dirname(target)
      if (!madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true, mode: modes.dir })
        madeDirs.add(dir)
      }
      writeFileSync(target, content, { flag: 'wx', mode: modes.file })
    },
    finish() {},
    behind: () => null,
    stop() {}
  }
}

/** ES2024's Atomics.waitAsync (Node has it since 16, Electron's Node too); the project's lib is ES2023. */
const waitAsync = (
  Atomics as unknown as {
    waitAsync: (
      array: Int32Array,
      index: number,
      value: number,
      timeoutMs: number
    ) =>
      { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> }
  }
).waitAsync

/** Slots of the state both threads share. */
const SLOTS = { written: 0, failed: 1, stop: 2, busy: 3 } as const
type Slots = typeof SLOTS

/** Files sent to the thread in one message. */
const BATCH_FILES = 64
/**
 * ... or fewer, once their text is this long: a longer string (over 128 KB, or 64,000 characters outside
 * Latin-1) is made straight in V8's old generation, where it waits for a full collection. 64 files of a big
 * journal did that with each batch; peak memory of a whole export of 50,000 fell from 157 to 151 MB.
 */
const BATCH_CHARACTERS = 30_000
/** Files queued but not yet written before `add` waits: bounds memory and how far progress runs ahead. */
const MAX_QUEUED = 512
/** A wait for one more file this long means the thread or the disk is gone; the export then fails. */
const STALL_MS = 60_000

/**
 * A batch's files go as one string and their lengths: copying 64 strings into a message cost this thread
 * a fifth of a whole export's CPU, one string of the same text a small part of that (and less than encoding it).
 */
interface Batch {
  targets: string[]
  text: string
  lengths: number[]
}
const emptyBatch = (): Batch => ({ targets: [], text: '', lengths: [] })

interface WriterData {
  state: Int32Array
  failures: MessagePort
  modes: FileModes
  slots: Slots
}

/**
 * Writes files on a second thread. This thread waits (Atomics.wait) only when MAX_QUEUED files are
 * pending, at `finish`, and at `stop`; a failed write is read back synchronously from a message port.
 */
export function threadQueue(modes: FileModes): FileQueue {
  const state = new Int32Array(new SharedArrayBuffer(4 * Object.keys(SLOTS).length))
  const channel = new MessageChannel()
  const data: WriterData = { state, failures: channel.port2, modes, slots: SLOTS }
  const worker = new Worker(`(${writerThread.toString()})()`, {
    eval: true,
    workerData: data,
    transferList: [channel.port2]
  })
  // Never keeps the process alive (the CLI exits when done); the thread is stopped at finish or stop anyway.
  worker.unref()
  let batch = emptyBatch()
  let queued = 0
  let ended = false

  const throwIfFailed = () => {
    if (Atomics.load(state, SLOTS.failed) === 0) return
    const report = receiveMessageOnPort(channel.port1)?.message as
      { message: string; code?: string } | undefined
    throw Object.assign(new Error(report?.message ?? 'A file could not be written.'), { code: report?.code })
  }
  const send = () => {
    if (batch.targets.length === 0) return
    worker.postMessage(batch)
    queued += batch.targets.length
    batch = emptyBatch()
  }
  const stalled = () => new Error(`The disk wrote no file for ${STALL_MS / 1000} seconds.`)
  const waitUntilQueuedAtMost = (backlog: number) => {
    for (;;) {
      throwIfFailed()
      const written = Atomics.load(state, SLOTS.written)
      if (queued - written <= backlog) return
      if (Atomics.wait(state, SLOTS.written, written, STALL_MS) === 'timed-out') throw stalled()
    }
  }
  const queuedAtMost = async (backlog: number) => {
    for (;;) {
      throwIfFailed()
      const written = Atomics.load(state, SLOTS.written)
      if (queued - written <= backlog) return
      const wait = waitAsync(state, SLOTS.written, written, STALL_MS)
      if ((wait.async ? await wait.value : wait.value) === 'timed-out') throw stalled()
    }
  }
  const end = () => {
    if (ended) return
    ended = true
    void worker.terminate()
    channel.port1.close()
  }

  return {
    add(target, content) {
      throwIfFailed()
      batch.targets.push(target)
      batch.text += content
      batch.lengths.push(content.length)
      if (batch.targets.length < BATCH_FILES && batch.text.length < BATCH_CHARACTERS) return
      send()
      waitUntilQueuedAtMost(MAX_QUEUED)
    },
    finish() {
      try {
        send()
        waitUntilQueuedAtMost(0)
      } finally {
        end()
      }
    },
    behind(untilAllWritten) {
      const pending = queued + batch.targets.length - Atomics.load(state, SLOTS.written)
      if (untilAllWritten) {
        send()
        return pending > 0 ? () => queuedAtMost(0) : null
      }
      // `add` waits once a batch is sent with more than MAX_QUEUED pending: let the writer get well below.
      return pending + BATCH_FILES > MAX_QUEUED ? () => queuedAtMost(MAX_QUEUED / 2) : null
    },
    stop() {
      Atomics.store(state, SLOTS.stop, 1)
      // The thread sets `busy` before it looks at `stop`: if it missed the flag, this sees it busy.
      while (Atomics.load(state, SLOTS.busy) === 1) {
        if (Atomics.wait(state, SLOTS.busy, 1, STALL_MS) === 'timed-out') break
      }
      end()
    }
  }
}

/**
 * The writer thread's whole program. It runs from its source text (`eval`), so the app's bundle, the CLI and
 * the tests start the same code without a separate worker file; it therefore uses globals only.
 */
function writerThread(): void {
  const { mkdirSync, writeFileSync } = process.getBuiltinModule('node:fs')
  const { dirname } = process.getBuiltinModule('node:path')
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads')
  const { state, failures, modes, slots } = workerData as WriterData
  const madeDirs = new Set<string>()

  parentPort!.on('message', ({ targets, text, lengths }: Batch) => {
    let start = 0
    for (let i = 0; i < targets.length; i += 1) {
      Atomics.store(state, slots.busy, 1)
      try {
        if (Atomics.load(state, slots.stop) === 1 || Atomics.load(state, slots.failed) === 1) return
        const target = targets[i]!
        const dir = dirname(target)
        if (!madeDirs.has(dir)) {
          mkdirSync(dir, { recursive: true, mode: modes.dir })
          madeDirs.add(dir)
        }
        const end = start + lengths[i]!
        writeFileSync(target, text.slice(start, end), { flag: 'wx', mode: modes.file })
        start = end
        Atomics.add(state, slots.written, 1)
      } catch (error) {
        const { message, code } = error as NodeJS.ErrnoException
        failures.postMessage({ message, code })
        Atomics.store(state, slots.failed, 1)
        return
      } finally {
        Atomics.store(state, slots.busy, 0)
        Atomics.notify(state, slots.busy)
        Atomics.notify(state, slots.written)
      }
    }
  })
}
