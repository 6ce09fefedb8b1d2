import type { Db } from '../db/open'

interface TableShape {
  name: string
  hasId: boolean
  hasDeletedAt: boolean
  /** Foreign keys to other tables: this table's column, the parent table. */
  parents: { column: string; table: string }[]
}

/**
 * Empties the trash: removes what was deleted more than `retentionDays` ago, together with everything that
 * belongs to it (a purged member takes their delegations, reflections and action items; a purged delegation
 * its check-ins, authority changes and links). Generic: the tables with `deleted_at` and the ownership come
 * from the schema itself, so a table added by a later migration is covered without touching this code.
 * Foreign keys never cascade, so rows are deleted children first. Returns the number removed per table.
 */
export function purgeTrash(db: Db, now: Date, retentionDays: number): Record<string, number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000).toISOString()
  return removeWithEverythingTheirs(
    db,
    (table) => (table.hasDeletedAt ? '(deleted_at IS NOT NULL AND deleted_at < @cutoff)' : null),
    { cutoff }
  )
}

/**
 * Deletes for good the rows that `own` selects in each table (SQL over its columns, with `params`), and
 * everything that belongs to them, children first. The trash purge and the sample team's removal both use it.
 */
export function removeWithEverythingTheirs(
  db: Db,
  own: (table: Pick<TableShape, 'name' | 'hasDeletedAt'>) => string | null,
  params: Record<string, string>
): Record<string, number> {
  const tables = parentsFirst(readSchema(db))
  const removed: Record<string, number> = {}
  const doomedCondition = (table: TableShape) => doomedIn(table, own(table))
  // Bind only the parameters a statement names: better-sqlite3 refuses a named parameter it does not use.
  const withParams = (condition: string, base: Record<string, string>) => ({
    ...base,
    ...Object.fromEntries(Object.entries(params).filter(([key]) => condition.includes(`@${key}`)))
  })
  db.transaction(() => {
    db.exec(
      'CREATE TEMP TABLE IF NOT EXISTS doomed (tbl TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (tbl, id))'
    )
    db.exec('DELETE FROM temp.doomed')
    for (const table of tables.filter((t) => t.hasId)) {
      const condition = doomedCondition(table)
      if (condition) {
        db.prepare(`INSERT INTO temp.doomed SELECT @table, id FROM "${table.name}" WHERE ${condition}`).run(
          withParams(condition, { table: table.name })
        )
      }
    }
    for (const table of [...tables].reverse()) {
      const condition = table.hasId
        ? `id IN (SELECT id FROM temp.doomed WHERE tbl = '${table.name}')`
        : doomedCondition(table)
      if (!condition) continue
      const { changes } = db
        .prepare(`DELETE FROM "${table.name}" WHERE ${condition}`)
        .run(withParams(condition, {}))
      if (changes > 0) removed[table.name] = changes
    }
    db.exec('DELETE FROM temp.doomed')
  })()
  return removed
}

/** SQL that is true for a row that must go: it is selected itself (`own`), or an owner of it is doomed. */
function doomedIn(table: TableShape, own: string | null): string | null {
  const reasons = [
    ...(own ? [own] : []),
    ...table.parents.map(
      ({ column, table: parent }) => `"${column}" IN (SELECT id FROM temp.doomed WHERE tbl = '${parent}')`
    )
  ]
  return reasons.length > 0 ? reasons.join(' OR ') : null
}

function readSchema(db: Db): TableShape[] {
  const names = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'`
    )
    .pluck()
    .all() as string[]
  return names
    .map((name) => {
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(name) as string[]
      const parents = (
        db.prepare('SELECT "from" AS column, "table" FROM pragma_foreign_key_list(?)').all(name) as {
          column: string
          table: string
        }[]
      ).filter((fk) => fk.table !== name)
      return { name, hasId: columns.includes('id'), hasDeletedAt: columns.includes('deleted_at'), parents }
    })
    .filter((table) => table.hasDeletedAt || table.parents.length > 0)
}

/** Orders tables so every parent comes before its children (the schema has no cycles). */
function parentsFirst(tables: TableShape[]): TableShape[] {
  const ordered: TableShape[] = []
  const placed = new Set<string>()
  const known = new Set(tables.map((table) => table.name))
  let remaining = tables
  while (remaining.length > 0) {
    const ready = remaining.filter((table) =>
      table.parents.every(({ table: parent }) => placed.has(parent) || !known.has(parent))
    )
    if (ready.length === 0)
      throw new Error('The schema has a cycle of foreign keys; the trash cannot be purged.')
    for (const table of ready) {
      ordered.push(table)
      placed.add(table.name)
    }
    remaining = remaining.filter((table) => !placed.has(table.name))
  }
  return ordered
}
