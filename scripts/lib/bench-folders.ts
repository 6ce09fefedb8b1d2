import { execSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { BenchContext } from './bench-operations'

const made: string[] = []

/**
 * A fresh folder beside the journal for one run's files. bench.ts removes it, untimed, right after the run is
 * measured: left to the end, the runs' 800,000 files took minutes to remove, most of a run of the benchmark.
 */
export function runFolder(context: BenchContext, name: string): string {
  const folder = mkdtempSync(join(dirname(context.path), `${name}-`))
  made.push(folder)
  return folder
}

export function removeRunFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true })
}

/** Before a run that writes files: `sync` and a pause, so earlier writes and removals are not flushed during its timing. */
export function settleDisk(): void {
  execSync('sync')
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
}
