import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Statement } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { channels } from '../../shared/ipc/channels'
import { contract, type Channel } from '../../shared/ipc/contract'
import { DATA_SETS, JOURNAL_TABLES, type DataSet } from '../../shared/ipc/dataSets'
import { SETTINGS_FILE } from '../config/settings'
import type { Db } from '../db/open'
import type { Dispatch } from './dispatch'
import { examples, seed, type Context } from '../testing/channelExamples'
import { tempFolder, tempSession } from '../testing/tempJournal'

/**
 * The data each channel declares (shared/domain/<domain>.ts) is what the renderer's cache trusts: a write
 * refreshes every query whose reads overlap its writes. This test holds the declarations to what the code
 * does, on a seeded journal, one call per channel:
 * - writes: temporary triggers on every journal table record the tables a call really changes (and the
 *   settings file, the backups folder and the open journal are compared before and after); a change the
 *   declaration does not name fails, and a query may change nothing at all;
 * - reads: every statement a query runs is explained (EXPLAIN), and each table its program opens, directly
 *   or through an index, a view or a search index, must be among the declared reads.
 */

const TABLES = new Set<string>(JOURNAL_TABLES)
/** Leap's own bookkeeping of the trash (migration 5): only the purge at start-up touches it, never a call. */
const BOOKKEEPING = ['trash_ages', 'maintenance_runs']
const RECORDED = [...JOURNAL_TABLES, ...BOOKKEEPING]

/** Temporary triggers that note every table a statement changes; returns what they noted, then removes them. */
function recordTableWrites(db: Db): () => Set<DataSet> {
  db.exec('CREATE TEMP TABLE changed (tbl TEXT NOT NULL)')
  for (const table of RECORDED) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TEMP TRIGGER noted_${event}_${table} AFTER ${event} ON main.${table}
        BEGIN INSERT INTO temp.changed VALUES ('${table}'); END`)
    }
  }
  return () => {
    const changed = db.prepare('SELECT DISTINCT tbl FROM temp.changed').pluck().all() as DataSet[]
    for (const table of RECORDED)
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) db.exec(`DROP TRIGGER noted_${event}_${table}`)
    db.exec('DROP TABLE temp.changed')
    return new Set(changed)
  }
}

const STATEMENT_METHODS = ['run', 'get', 'all', 'iterate'] as const

/** Every statement run on `db` while `call` runs, with its parameters, so it can be explained afterwards. */
async function recordStatements(
  db: Db,
  call: () => Promise<unknown>
): Promise<{ source: string; args: unknown[] }[]> {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, unknown>
  const originals = STATEMENT_METHODS.map((name) => [name, proto[name]] as const)
  const seen: { source: string; args: unknown[] }[] = []
  for (const [name, original] of originals) {
    proto[name] = function (this: Statement, ...args: unknown[]) {
      if (this.database === db) seen.push({ source: this.source, args })
      return (original as (...a: unknown[]) => unknown).apply(this, args)
    }
  }
  try {
    await call()
  } finally {
    for (const [name, original] of originals) proto[name] = original
  }
  return seen
}

/** The journal tables a statement's program opens: by root page (tables, their indexes, views' tables) and by name (search indexes). */
function tablesRead(db: Db, { source, args }: { source: string; args: unknown[] }): Set<string> {
  const byRootPage = new Map(
    (
      db.prepare('SELECT rootpage, tbl_name FROM sqlite_schema').all() as {
        rootpage: number
        tbl_name: string
      }[]
    ).map((row) => [row.rootpage, row.tbl_name])
  )
  const program = db.prepare(`EXPLAIN ${source}`).all(...args) as { opcode: string; p2: number; p3: number }[]
  const read = new Set<string>()
  for (const op of program) {
    if (op.opcode === 'OpenRead' && op.p3 === 0) read.add(byRootPage.get(op.p2) ?? `page ${op.p2}`)
  }
  for (const [, table] of source.matchAll(/\b(\w+)_fts\b/g)) read.add(table!)
  return new Set([...read].filter((table) => TABLES.has(table)))
}

function backupsIn(folder: string): string {
  return readdirSync(folder).sort().join('\n')
}

function settingsIn(dataDir: string): string {
  try {
    return readFileSync(join(dataDir, SETTINGS_FILE), 'utf8')
  } catch {
    return ''
  }
}

async function observe(channel: Channel) {
  const exportFolder = tempFolder('leap-flow-export-')
  // Notes to import: one about a person in the journal, one about someone new.
  const notes = tempFolder('leap-flow-notes-')
  writeFileSync(join(notes, '2026-11-25 Ana Lima.md'), '---\nperson: Ana Lima\n---\nShe led the retro.\n')
  writeFileSync(join(notes, '2026-11-26 Dana.md'), '---\nperson: Dana Reyes\n---\nFirst chat.\n')
  const { session, dispatch, dataDir, backupDir } = tempSession({
    platform: { chooseFolder: async () => exportFolder, chooseImport: async () => notes }
  })
  const ok = async (name: Channel, input: unknown) => {
    const answer = await (dispatch as Dispatch)(name, input)
    if (!answer.ok) throw new Error(`${name}: ${answer.error.code}: ${answer.error.message}`)
    return answer.data as Record<string, unknown>
  }
  const context: Context = { seed: seed(session.journal!.db), session, ok }
  const input = await examples[channel](context as never)

  const journal = session.journal
  const before = { settings: settingsIn(dataDir), backups: backupsIn(backupDir) }
  const tableWrites = journal ? recordTableWrites(journal.db) : null
  const statements = journal
    ? await recordStatements(journal.db, () => ok(channel, input))
    : await ok(channel, input)
  const wrote = new Set<DataSet>()
  if (session.journal !== journal) wrote.add('journal')
  else if (tableWrites) for (const table of tableWrites()) wrote.add(table)
  if (settingsIn(dataDir) !== before.settings) wrote.add('settings')
  if (backupsIn(backupDir) !== before.backups) wrote.add('backups')
  const read = new Set<string>()
  if (journal && Array.isArray(statements))
    for (const statement of statements) for (const table of tablesRead(journal.db, statement)) read.add(table)
  return { wrote, read }
}

describe('the data each channel declares', () => {
  it('names only known data sets, and every table of the schema is one', () => {
    const { journal } = tempSession().session
    const tables = journal!.db
      .prepare(
        `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%_fts_%'`
      )
      .pluck()
      .all()
    expect(new Set(tables)).toEqual(new Set(RECORDED))
    for (const channel of channels) {
      const spec = contract[channel] as { reads?: readonly string[]; writes?: readonly string[] }
      for (const set of [...(spec.reads ?? []), ...(spec.writes ?? [])]) expect(DATA_SETS).toContain(set)
    }
  })

  it.each(channels.map((channel) => [channel]))(
    '%s: changes and reads only what it declares',
    async (channel) => {
      const spec = contract[channel] as { reads?: readonly DataSet[]; writes?: readonly DataSet[] }
      const { wrote, read } = await observe(channel)
      if (spec.writes) {
        expect(
          [...wrote].filter((set) => !spec.writes!.includes(set)),
          'written but not declared'
        ).toEqual([])
      } else {
        expect([...wrote], 'a query changed data').toEqual([])
        expect(
          [...read].filter((table) => !spec.reads!.includes(table as DataSet)),
          'read but not declared'
        ).toEqual([])
      }
    }
  )
})
