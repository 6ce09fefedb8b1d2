import { mkdtempSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { closeJournal, openJournal, type Db, type Journal } from '../../src/main/db/open'
import { runExport } from '../../src/main/export/exportJournal'
import { applyImport, readMarkdown } from '../../src/main/import/importFolder'
import type { BenchContext, BenchOperation } from './bench-operations'

/** The seeded journal's export (made once, untimed): what both sides bring into an empty journal. */
const exported = new Map<string, string>()
function exportOf(context: BenchContext): string {
  let folder = exported.get(context.path)
  if (!folder) {
    folder = mkdtempSync(join(dirname(context.path), 'import-source-'))
    const settings = {
      layout: 'per_reflection',
      obsidianLinks: false,
      onConflict: 'keep_both',
      includeExportedAt: false,
      privateFiles: true,
      includePredictions: false
    } as const
    runExport({ db: context.raw, folder, scope: { kind: 'all' }, settings })
    exported.set(context.path, folder)
  }
  return folder
}

/** The live rows of every table the export carries, in an order the foreign keys accept (read once, untimed). */
const liveMember = 'deleted_at IS NULL AND member_id IN (SELECT id FROM members WHERE deleted_at IS NULL)'
const TABLES = [
  ['members', 'deleted_at IS NULL'],
  ['goals', liveMember],
  ['delegations', liveMember],
  [
    'authority_changes',
    'deleted_at IS NULL AND delegation_id IN (SELECT id FROM delegations WHERE deleted_at IS NULL)'
  ],
  [
    'checkins',
    'deleted_at IS NULL AND delegation_id IN (SELECT id FROM delegations WHERE deleted_at IS NULL)'
  ],
  ['reflections', 'deleted_at IS NULL'],
  ['tags', '1'],
  ['reflection_tags', '1'],
  ['reflection_delegations', '1'],
  ['action_items', 'deleted_at IS NULL'],
  ['talking_points', liveMember],
  ['feedback', liveMember],
  ['away_periods', liveMember],
  ['one_on_one_skips', liveMember]
] as const
const rowsByJournal = new Map<string, { table: string; rows: unknown[][]; insert: string }[]>()
function rowsOf(raw: Db, path: string) {
  let tables = rowsByJournal.get(path)
  if (!tables) {
    tables = TABLES.map(([table, where]) => {
      const statement = raw.prepare(`SELECT * FROM ${table} WHERE ${where}`)
      const columns = statement.columns().map((column) => column.name)
      return {
        table,
        rows: statement.raw().all() as unknown[][],
        insert: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
      }
    })
    rowsByJournal.clear()
    rowsByJournal.set(path, tables)
  }
  return tables
}

/** A fresh empty journal for the side measured next, made in `before` so its creation is not timed. */
let target: Journal | null = null
function takeTarget(): Journal {
  const journal = target
  if (!journal) throw new Error('before() makes the target journal')
  target = null
  return journal
}

/**
 * import.all: the seeded journal's export (10,000 reflections, people and delegation notes) imported into an
 * empty journal: reading every file, parsing, planning and writing in one transaction. The baseline inserts the
 * same rows with plain prepared statements in one transaction, the search index's triggers included, and reads
 * no file at all. The backup the app takes first is not timed here (of an empty journal it takes milliseconds).
 */
export const importAll: BenchOperation = {
  name: 'import.all',
  // Each run writes a whole journal (about 10 s a side at 10,000): at 50,000 that would take minutes for one
  // row, and a second run at 10,000 took 20 s of a benchmark that must stay under 6 minutes (with two runs the
  // median was one of them anyway).
  iterations: (reflections) => (reflections > 20_000 ? 0 : 1),
  warmUp: false,
  before: (context) => {
    exportOf(context)
    rowsOf(context.raw, context.path)
    if (target) closeJournal(target)
    target = openJournal(join(mkdtempSync(join(dirname(context.path), 'import-target-')), 'leap.sqlite'))
  },
  app: (context) => {
    const journal = takeTarget()
    try {
      return applyImport(journal.db, readMarkdown(exportOf(context))).counts
    } finally {
      closeJournal(journal)
    }
  },
  baseline: (context) => {
    const journal = takeTarget()
    try {
      journal.db.transaction(() => {
        for (const { rows, insert } of rowsOf(context.raw, context.path)) {
          const statement = journal.db.prepare(insert)
          for (const row of rows) statement.run(row)
        }
      })()
    } finally {
      closeJournal(journal)
    }
  }
}
