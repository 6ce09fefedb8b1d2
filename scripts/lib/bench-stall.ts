import { mkdtempSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Invoke } from '../../e2e/support/appPage'
import type { JournalSession } from '../../src/main/session/session'
import type { ExportStatus } from '../../src/shared/domain/export'

/**
 * How long the thread that answers the window stops answering while long work runs in main. Measured with
 * perf_hooks.monitorEventLoopDelay (a timer every 10 ms; a figure is how late it fired, so it includes the
 * 10 ms interval): p99 over the samples taken during the work, and the longest, which is what a person feels.
 */
export interface StallRow {
  name: string
  reflections: number
  seconds: number
  samples: number
  p99_ms: number
  max_ms: number
  target_p99_ms: number
}

const RESOLUTION_MS = 10
const TARGET_P99_MS = 50
const ms = (ns: number) => Math.round(ns / 1e4) / 100

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function stallDuring(
  name: string,
  reflections: number,
  work: () => Promise<unknown>
): Promise<StallRow> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  histogram.enable()
  const started = performance.now()
  await work()
  const seconds = Math.round((performance.now() - started) / 100) / 10
  // A stall is recorded when the timer it held up finally fires: let the last one fire.
  await pause(3 * RESOLUTION_MS)
  histogram.disable()
  return {
    name,
    reflections,
    seconds,
    samples: histogram.count,
    p99_ms: ms(histogram.percentile(99)),
    max_ms: ms(histogram.max),
    target_p99_ms: TARGET_P99_MS
  }
}

/** The whole export as the window runs it: started over IPC, then its status asked every 150 ms until done. */
async function exportAsTheWindowDoes(invoke: Invoke): Promise<void> {
  const answer = async (channel: string, input: unknown) => {
    const envelope = (await invoke(channel, input)) as { ok: boolean; data?: ExportStatus; error?: unknown }
    if (!envelope.ok || !envelope.data)
      throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`)
    return envelope.data
  }
  const settings = {
    layout: 'per_reflection',
    obsidianLinks: false,
    onConflict: 'keep_both',
    includeExportedAt: true,
    privateFiles: true
  }
  let status = await answer('export.start', { scope: { kind: 'all' }, settings })
  while (status.state === 'choosing' || status.state === 'running') {
    await pause(150)
    status = await answer('export.status', { jobId: status.jobId })
  }
  if (status.state !== 'done') throw new Error(`The export ended ${status.state}: ${status.error}`)
}

/**
 * Main's event loop while idle (the machine's own noise), during the daily backup and during an export of
 * everything. `invoke` exports into a folder its platform's chooseFolder answers with.
 */
export async function measureStalls(
  session: JournalSession,
  invoke: Invoke,
  reflections: number
): Promise<StallRow[]> {
  return [
    await stallDuring('stall.idle', reflections, () => pause(2000)),
    await stallDuring('stall.daily_backup', reflections, async () => {
      if (!(await session.dailyBackup())) throw new Error('The daily backup did not run.')
    }),
    await stallDuring('stall.export_all', reflections, () => exportAsTheWindowDoes(invoke))
  ]
}

/** A fresh folder for each export the window asks for. */
export const exportFolderIn = (folder: string) => async () => mkdtempSync(`${folder}/export-window-`)
