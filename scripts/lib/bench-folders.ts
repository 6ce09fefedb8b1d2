import { execSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { BenchContext } from './bench-operations'

const made: string[] = []

/**
 * A fresh folder beside the journal for one run's files. bench.ts has another process remove them once the
 * journal's rows are measured, while the window is measured: this disk writes files several times slower for
 * minutes after a mass delete, so a removal between runs slowed every later run, and removing them all at the
 * end took minutes of its own.
 */
export function runFolder(context: BenchContext, name: string): string {
  const folder = mkdtempSync(join(dirname(context.path), `${name}-`))
  made.push(folder)
  return folder
}

/** The run folders made since the last call. */
export const takeRunFolders = (): string[] => made.splice(0)

/** Before a run that writes files: `sync` and a pause, so earlier writes and removals are not flushed during its timing. */
export function settleDisk(): void {
  execSync('sync')
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
}
