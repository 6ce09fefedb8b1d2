import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Db } from '../../src/main/db/open'
import { runExport } from '../../src/main/export/exportJournal'
import { exportColumns } from '../../src/main/export/rows'
import type { ExportSettings } from '../../src/shared/domain/export'
import { runFolder, settleDisk } from './bench-folders'
import type { BenchContext, BenchOperation } from './bench-operations'

const settings: ExportSettings = {
  layout: 'per_reflection',
  obsidianLinks: false,
  onConflict: 'keep_both',
  // Off, so the baseline can write exactly the bytes the app writes.
  includeExportedAt: false,
  privateFiles: true,
  includePredictions: false
}

const exportWithApp = (db: Db, folder: string) => runExport({ db, folder, scope: { kind: 'all' }, settings })

/** What the app wrote for this journal, in file order: the baseline writes the same bytes to as many files. */
const referenceFiles = new Map<string, { path: string; bytes: Buffer }[]>()
function reference(context: BenchContext) {
  let files = referenceFiles.get(context.path)
  if (!files) {
    const folder = runFolder(context, 'export-reference')
    exportWithApp(context.raw, folder)
    files = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
      .sort()
      .map((path) => ({ path, bytes: readFileSync(join(folder, path)) }))
    referenceFiles.clear()
    referenceFiles.set(context.path, files)
  }
  return files
}

/**
 * export.all: the whole journal to markdown into a fresh folder, against the plainest code that reads the same
 * rows with better-sqlite3 and writes the same bytes to the same number of files with fs.writeFileSync.
 * Before each run: `sync` and a pause, so one run's dirty pages are not flushed during the next one's timing.
 */
export const exportAll: BenchOperation = {
  name: 'export.all',
  // Three runs a side at 10,000 and one at 50,000: on this disk a run of 10,000 takes 1.5-3 s a side and one
  // of 50,000 up to 25 s, and the whole benchmark must stay under 6 minutes. The terminal export's row, which
  // has a target, keeps five runs at 10,000.
  iterations: (reflections) => (reflections > 20_000 ? 1 : 3),
  // The reference export in `before` already runs the app's code once; a warm-up would only add files to delete.
  warmUp: false,
  before: (context) => {
    reference(context)
    settleDisk()
  },
  app: (context) => exportWithApp(context.db, runFolder(context, 'export-app')),
  baseline: (context) => {
    const folder = runFolder(context, 'export-baseline')
    const files = reference(context)
    const made = new Set<string>()
    let next = 0
    const write = (file: { path: string; bytes: Buffer }) => {
      const dir = dirname(join(folder, file.path))
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true })
        made.add(dir)
      }
      writeFileSync(join(folder, file.path), file.bytes)
    }
    const rows = context.raw.prepare(
      `SELECT ${exportColumns} FROM reflections r LEFT JOIN members m ON m.id = r.member_id
       WHERE r.deleted_at IS NULL AND m.deleted_at IS NULL`
    )
    for (const _row of rows.iterate()) write(files[next++]!)
    while (next < files.length) write(files[next++]!)
  }
}
