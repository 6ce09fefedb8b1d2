/**
 * The whole program of the thread that reads journal files through and through: quick_check, what a file
 * holds, the copy a restore makes, and the salvage of a damaged file's readable rows. Each of these reads
 * the whole file (seconds on a ten-year journal), so they run here and the window keeps answering
 * (docs/RELIABILITY.md F7). The program runs from its own source text (`eval`), so the app's bundle, the CLI
 * and the tests start the same code without a separate worker file; it therefore uses globals only and
 * loads better-sqlite3 relative to the module that started it.
 */
export type ThreadJob =
  | { kind: 'inspect'; path: string; check: boolean }
  | { kind: 'copy'; source: string; target: string }
  | { kind: 'salvage'; source: string; target: string }

export interface ThreadRequest {
  job: ThreadJob
  /** The file better-sqlite3 is resolved from (import.meta.url of the module that starts the thread). */
  from: string
}

/** What a journal file holds: rows of each kind not in the trash (null where unreadable), its last change. */
export interface FileContents {
  counts: Record<string, number | null>
  /** The latest created_at, updated_at or deleted_at in it: when it was last written to. */
  lastChange: string | null
}

export interface Inspection {
  ok: boolean
  /** Schema version (0 when unreadable). */
  version: number
  detail: string
  contents: FileContents | null
}

export type SalvageCounts = Record<string, { added: number; updated: number; skipped: number }>

export type ThreadReply =
  { ok: true; value: Inspection | SalvageCounts | null } | { ok: false; message: string; code?: string }

export function backupThread(): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads')
  const { createRequire } = process.getBuiltinModule('node:module')
  const { job, from } = workerData as ThreadRequest
  type Db = import('better-sqlite3').Database
  const Database = createRequire(from)('better-sqlite3') as typeof import('better-sqlite3')

  const KINDS = ['members', 'reflections', 'delegations', 'checkins', 'action_items']

  /**
   * Counts what a file holds. A damaged table cannot be counted by SQL, so it is read row by row as far
   * as it can be (see scan): "at least this many".
   */
  function contentsOf(db: Db): FileContents {
    const counts: Record<string, number | null> = {}
    let lastChange: string | null = null
    const later = (stamp: unknown) => {
      if (typeof stamp === 'string' && (!lastChange || stamp > lastChange)) lastChange = stamp
    }
    for (const table of KINDS) {
      try {
        const whole = db
          .prepare(
            `SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS n,
               max(max(created_at, updated_at, coalesce(deleted_at, ''))) AS last FROM "${table}"`
          )
          .get() as { n: number; last: string | null }
        counts[table] = whole.n
        later(whole.last)
        continue
      } catch {
        // damaged (or missing): count what can be read, row by row
      }
      let count = 0
      const read = scan(db, table, ['created_at', 'updated_at', 'deleted_at'], (row) => {
        if (row.deleted_at === null) count += 1
        for (const stamp of [row.created_at, row.updated_at, row.deleted_at]) later(stamp)
      })
      counts[table] = read ? count : null
    }
    return { counts, lastChange }
  }

  /**
   * Reads every row of `table` that can be read, in rowid order, handing `columns` of each to `visit`. A
   * damaged page stops a scan; it goes on after it, jumping ahead by growing steps of rowid, since how far
   * the damage reaches is unknown. False when nothing of the table could be read at all.
   */
  function scan(db: Db, table: string, columns: string[], visit: (row: Record<string, unknown>) => void) {
    const list = columns.map((column) => `"${column}"`).join(', ')
    let definition: string
    try {
      definition = String(
        db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`).pluck().get(table) ?? ''
      )
    } catch {
      return false
    }
    if (!definition) return false
    if (/WITHOUT\s+ROWID/i.test(definition)) {
      try {
        for (const row of db.prepare(`SELECT ${list} FROM "${table}"`).iterate())
          visit(row as Record<string, unknown>)
      } catch {
        // a damaged page ends what can be read of this (small) table
      }
      return true
    }
    const read = db.prepare(`SELECT rowid AS __rowid, ${list} FROM "${table}" WHERE rowid > ? ORDER BY rowid`)
    const seek = db.prepare(`SELECT rowid FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT 1`).pluck()
    const next = (after: number): number | null | undefined => {
      try {
        return seek.get(after) as number | undefined
      } catch {
        return null // the way to the next row crosses a damaged page
      }
    }
    let after = Number.MIN_SAFE_INTEGER
    for (let damaged = 0; damaged < 100_000; damaged += 1) {
      try {
        for (const { __rowid, ...row } of read.iterate(after) as Iterable<Record<string, unknown>>) {
          visit(row)
          after = Number(__rowid)
        }
        return true
      } catch {
        // The row after the last one read could not be: skip it if its page can be found (its own text is
        // what is damaged), else skip the damaged pages.
        const unreadable = next(after)
        if (unreadable === undefined) return true
        after = unreadable ?? pastDamage(after, (rowid) => next(rowid) !== null)
        if (after >= Number.MAX_SAFE_INTEGER) return true
      }
    }
    return true
  }

  /**
   * The first rowid after `after` from which the table can be read again: SQLite finds a rowid by walking
   * the tree, and every rowid that falls on a damaged page fails, so grow a step until a seek succeeds, then
   * halve back to the first that does. Only the rows on damaged pages are lost.
   */
  function pastDamage(after: number, seeks: (rowid: number) => boolean): number {
    const start = after === Number.MIN_SAFE_INTEGER ? 0 : after
    let step = 1
    while (start + step < Number.MAX_SAFE_INTEGER && !seeks(start + step)) step *= 2
    if (start + step >= Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER
    let failing = start + step / 2
    let working = start + step
    while (working - failing > 1) {
      const middle = Math.floor((failing + working) / 2)
      if (seeks(middle)) working = middle
      else failing = middle
    }
    return working
  }

  function inspect(path: string, check: boolean): Inspection {
    let db: Db | undefined
    try {
      db = new Database(path, { readonly: true, fileMustExist: true })
      const version = db.pragma('user_version', { simple: true }) as number
      const detail = check ? String(db.pragma('quick_check', { simple: true })) : 'ok'
      return { ok: detail === 'ok', version, detail, contents: contentsOf(db) }
    } catch (error) {
      return { ok: false, version: 0, detail: (error as Error).message, contents: null }
    } finally {
      db?.close()
    }
  }

  /**
   * A whole copy of a journal with SQLite's backup API, read from a connection of this thread's own (in WAL
   * mode it sees every committed write), made one self-contained file (a copy of a WAL journal is marked WAL)
   * and checked. All of it here: the backup's last step writes and syncs the whole copy, which froze the
   * window for most of a second on a journal of 50,000 reflections.
   */
  async function copy(source: string, target: string): Promise<null> {
    const from = new Database(source, { readonly: true, fileMustExist: true })
    try {
      await from.backup(target)
    } finally {
      from.close()
    }
    const copied = new Database(target, { fileMustExist: true })
    try {
      copied.pragma('journal_mode = DELETE')
    } finally {
      copied.close()
    }
    const check = inspect(target, true)
    if (!check.ok) throw new Error(`The copy did not pass its integrity check (${check.detail}).`)
    return null
  }

  /**
   * Copies every row of `source` (a damaged journal) that can still be read into `target` (a whole journal
   * at the latest schema): rows it lacks are added, rows it holds in an older version (by updated_at) are
   * updated, and anything that cannot be read or would break a rule of the schema is skipped. A damaged
   * page stops a table scan; the scan goes on after it, jumping ahead by growing steps of rowid.
   */
  function salvage(source: string, target: string): SalvageCounts {
    const from = new Database(source, { readonly: true, fileMustExist: true })
    const into = new Database(target, { fileMustExist: true })
    into.pragma('foreign_keys = ON')
    const counts: SalvageCounts = {}
    try {
      const tables = parentsFirst(into)
      into
        .transaction(() => {
          for (const table of tables) counts[table] = copyTable(from, into, table)
        })
        .immediate()
    } finally {
      from.close()
      into.close()
    }
    return counts
  }

  function columnsOf(db: Db, table: string): string[] {
    return (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map(
      (column) => column.name
    )
  }

  function parentsFirst(db: Db): string[] {
    const names = db
      .prepare(
        `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT GLOB '*_fts_*'`
      )
      .pluck()
      .all() as string[]
    const parents = new Map(
      names.map((name) => [
        name,
        (db.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(name) as string[]).filter(
          (parent) => parent !== name && names.includes(parent)
        )
      ])
    )
    const ordered: string[] = []
    while (ordered.length < names.length) {
      const ready = names.filter(
        (name) => !ordered.includes(name) && parents.get(name)!.every((parent) => ordered.includes(parent))
      )
      if (ready.length === 0) break
      ordered.push(...ready)
    }
    return ordered
  }

  function copyTable(from: Db, into: Db, table: string) {
    const tally = { added: 0, updated: 0, skipped: 0 }
    let columns: string[]
    try {
      const theirs = new Set(columnsOf(from, table))
      columns = columnsOf(into, table).filter((column) => theirs.has(column))
    } catch {
      return tally
    }
    if (columns.length === 0) return tally
    const list = columns.map((column) => `"${column}"`).join(', ')
    const values = columns.map((column) => `@${column}`).join(', ')
    const upsert =
      columns.includes('id') && columns.includes('updated_at')
        ? ` ON CONFLICT (id) DO UPDATE SET ${columns
            .filter((column) => column !== 'id')
            .map((column) => `"${column}" = excluded."${column}"`)
            .join(', ')} WHERE excluded.updated_at > "${table}".updated_at`
        : ' ON CONFLICT DO NOTHING'
    const write = into.prepare(`INSERT INTO "${table}" (${list}) VALUES (${values})${upsert}`)
    const exists = columns.includes('id')
      ? into.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).pluck()
      : null
    const put = (row: Record<string, unknown>) => {
      try {
        const known = exists ? exists.get(row.id) !== undefined : false
        const { changes } = write.run(row)
        if (changes === 0) return
        if (known) tally.updated += 1
        else tally.added += 1
      } catch {
        tally.skipped += 1 // a rule of the schema refuses it (a damaged value, a parent that is gone)
      }
    }
    scan(from, table, columns, put)
    return tally
  }

  const run = async (): Promise<Inspection | SalvageCounts | null> => {
    switch (job.kind) {
      case 'inspect':
        return inspect(job.path, job.check)
      case 'copy':
        return copy(job.source, job.target)
      case 'salvage':
        return salvage(job.source, job.target)
    }
  }
  run().then(
    (value) => parentPort!.postMessage({ ok: true, value } satisfies ThreadReply),
    (error: NodeJS.ErrnoException) =>
      parentPort!.postMessage({ ok: false, message: error.message, code: error.code } satisfies ThreadReply)
  )
}
