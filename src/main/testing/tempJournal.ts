import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeJournal, openJournal, type Journal, type OpenOptions } from '../db/open'
import { journalPathIn } from '../config/paths'

/** A folder of its own for one test; removed by cleanup(). */
export function tempDir(prefix = 'leap-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A fresh journal on a real SQLite file in a temp folder, as the app would open it. */
export function tempJournal(options?: OpenOptions): Journal & { dir: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir()
  const journal = openJournal(journalPathIn(dir), options)
  return {
    ...journal,
    dir,
    cleanup: () => {
      closeJournal(journal)
      cleanup()
    }
  }
}
