import type { Db } from '../db/open'

interface TableShape {
  name: string
  hasId: boolean
  hasDeletedAt: boolean
  /** Foreign keys to other tables: this table's column, the parent table. */
  parents: { column: string; table: string }[]
  /** Foreign keys that only link (LINKS): emptied, not followed, when what they point at goes. */
  links: { column: string; table: string }[]
}

/**
 * Columns that link a row to something it does not belong to: a delegation or feedback serving a growth
 * goal outlives the goal, and feedback given in a one-on-one outlives the talking point that carried it
 * there. Each only loses the link when what it points at is purged.
 */
const LINKS: Record<string, readonly string[]> = {
  delegations: ['goal_id'],
  feedback: ['goal_id', 'talking_point_id']
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The most one start adds to the age of what is in the trash: more time between two starts (a long holiday,
 * or a clock that jumped a year ahead) counts as this much.
 */
export const MAX_STEP_MS = 7 * DAY_MS

/**
 * Empties the trash: removes what has been in it for more than `retentionDays`, together with everything that
 * belongs to it (a purged member takes their delegations, reflections and action items; a purged delegation
 * its check-ins, authority changes and links).
 *
 * How long is counted by Leap itself, never read off a deletion stamp alone, so a wrong clock cannot delete
 * (docs/RELIABILITY.md F6): each row's age in the trash (trash_ages) grows at every start by the time since
 * the previous start, and by at most MAX_STEP_MS; time that goes backwards adds nothing. A row seen for the
 * first time is given the time since its own deletion stamp, but no more than the same step: it was trashed
 * after the previous start. Returns the number of rows removed per table.
 */
export function purgeTrash(db: Db, now: Date, retentionDays: number): Record<string, number> {
  return db
    .transaction(() => {
      const tables = parentsFirst(readSchema(db))
      const step = stepSinceLastRun(db, now)
      for (const table of tables.filter((t) => t.hasId && t.hasDeletedAt)) ageTrash(db, table.name, step, now)
      db.prepare(
        `INSERT INTO maintenance_runs (name, at) VALUES ('trash_purge', ?)
        ON CONFLICT (name) DO UPDATE SET at = excluded.at`
      ).run(now.toISOString())
      return removeDoomed(db, tables, (table) =>
        table.hasId && table.hasDeletedAt
          ? `id IN (SELECT id FROM trash_ages WHERE tbl = '${table.name}' AND age_ms > ${retentionDays * DAY_MS})`
          : null
      )
    })
    .immediate()
}

/**
 * Deletes for good the rows `own` selects in each table (SQL over its columns), and everything that belongs
 * to them, at once: the sample team's removal, done the way the trash is emptied.
 */
export function removeWithEverythingTheirs(
  db: Db,
  own: (table: Pick<TableShape, 'name' | 'hasDeletedAt'>) => string | null
): Record<string, number> {
  return db.transaction(() => removeDoomed(db, parentsFirst(readSchema(db)), own)).immediate()
}

function stepSinceLastRun(db: Db, now: Date): number {
  const last = db.prepare(`SELECT at FROM maintenance_runs WHERE name = 'trash_purge'`).pluck().get() as
    string | undefined
  const since = last === undefined ? 0 : now.getTime() - Date.parse(last)
  return Number.isFinite(since) ? Math.min(Math.max(since, 0), MAX_STEP_MS) : 0
}

function ageTrash(db: Db, table: string, step: number, now: Date): void {
  const stillThere = `EXISTS (SELECT 1 FROM "${table}" t WHERE t.id = trash_ages.id AND t.deleted_at = trash_ages.trashed_at)`
  db.prepare(`UPDATE trash_ages SET age_ms = age_ms + ? WHERE tbl = ? AND ${stillThere}`).run(step, table)
  db.prepare(`DELETE FROM trash_ages WHERE tbl = ? AND NOT ${stillThere}`).run(table)
  db.prepare(
    `INSERT OR IGNORE INTO trash_ages (tbl, id, trashed_at, age_ms)
     SELECT @table, id, deleted_at,
       CAST(max(0, min(@step, coalesce((julianday(@now) - julianday(deleted_at)) * 86400000, 0))) AS INTEGER)
     FROM "${table}" WHERE deleted_at IS NOT NULL`
  ).run({ table, step, now: now.toISOString() })
}

/**
 * Deletes the rows `own` dooms and every row that belongs to a doomed one. Generic: the tables with
 * `deleted_at` and the ownership come from the schema itself, so a table added by a later migration is
 * covered without touching this code. Foreign keys never cascade, so rows are deleted children first. Each
 * reason is its own statement, so each reads an index (the trash's partial indexes of migration 5, the
 * foreign keys'), not a whole table: on a journal of 50,000 reflections one OR of them read every row, on the
 * thread that answers the window, at every start.
 */
function removeDoomed(
  db: Db,
  tables: TableShape[],
  own: (table: TableShape) => string | null
): Record<string, number> {
  const removed: Record<string, number> = {}
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS doomed (tbl TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (tbl, id))'
  )
  db.exec('DELETE FROM temp.doomed')
  for (const table of tables.filter((t) => t.hasId)) {
    for (const reason of reasonsToGo(table, own(table))) {
      db.prepare(
        `INSERT OR IGNORE INTO temp.doomed SELECT @table, id FROM "${table.name}" WHERE ${reason}`
      ).run({
        table: table.name
      })
    }
  }
  for (const table of tables) {
    for (const { column, table: target } of table.links) {
      db.prepare(
        `UPDATE "${table.name}" SET "${column}" = NULL WHERE "${column}" IN (SELECT id FROM temp.doomed WHERE tbl = '${target}')`
      ).run()
    }
  }
  for (const table of [...tables].reverse()) {
    const reasons = table.hasId
      ? [`id IN (SELECT id FROM temp.doomed WHERE tbl = '${table.name}')`]
      : reasonsToGo(table, null)
    for (const reason of reasons) {
      const { changes } = db.prepare(`DELETE FROM "${table.name}" WHERE ${reason}`).run()
      if (changes > 0) removed[table.name] = (removed[table.name] ?? 0) + changes
    }
  }
  db.exec('DELETE FROM temp.doomed')
  return removed
}

/** SQL conditions, each true for a row that must go: its own condition, or an owner of it is doomed. */
function reasonsToGo(table: TableShape, own: string | null): string[] {
  return [
    ...(own ? [own] : []),
    ...table.parents.map(
      ({ column, table: parent }) => `"${column}" IN (SELECT id FROM temp.doomed WHERE tbl = '${parent}')`
    )
  ]
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
      const keys = (
        db.prepare('SELECT "from" AS column, "table" FROM pragma_foreign_key_list(?)').all(name) as {
          column: string
          table: string
        }[]
      ).filter((fk) => fk.table !== name)
      const isLink = (fk: { column: string }) => LINKS[name]?.includes(fk.column) ?? false
      return {
        name,
        hasId: columns.includes('id'),
        hasDeletedAt: columns.includes('deleted_at'),
        parents: keys.filter((fk) => !isLink(fk)),
        links: keys.filter(isLink)
      }
    })
    .filter((table) => table.hasDeletedAt || table.parents.length > 0 || table.links.length > 0)
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
