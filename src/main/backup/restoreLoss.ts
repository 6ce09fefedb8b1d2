import Database from 'better-sqlite3'
import type { EntryCounts, RestoreLoss } from '../../shared/domain/backups'
import type { Db } from '../db/open'

const TABLES: Record<keyof EntryCounts, string> = {
  members: 'members',
  reflections: 'reflections',
  delegations: 'delegations',
  checkins: 'checkins',
  actionItems: 'action_items'
}

type Versions = [id: string, updatedAt: string, deleted: 0 | 1][]

const versions = (db: Db, table: string) =>
  db.prepare(`SELECT id, updated_at, deleted_at IS NOT NULL FROM ${table}`).raw().all() as Versions

/**
 * What restoring the backup at `backupPath` would do to the open journal: the entries (not in the trash) it
 * lacks, written since; those it holds in an older version, changed since; and those it holds outside the
 * trash that are in the trash now or gone, trashed since. Ids and versions only, so a journal of ten years
 * compares in a moment.
 */
export function restoreLoss(journal: Db, backupPath: string): RestoreLoss {
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true })
  try {
    const written = {} as EntryCounts
    const changed = {} as EntryCounts
    const trashed = {} as EntryCounts
    for (const [kind, table] of Object.entries(TABLES) as [keyof EntryCounts, string][]) {
      const then = versions(backup, table)
      const live = versions(journal, table).filter(([, , deleted]) => !deleted)
      const before = new Map(then.map(([id, at]) => [id, at]))
      const liveNow = new Set(live.map(([id]) => id))
      written[kind] = live.filter(([id]) => !before.has(id)).length
      changed[kind] = live.filter(([id, at]) => before.has(id) && at > before.get(id)!).length
      trashed[kind] = then.filter(([id, , deleted]) => !deleted && !liveNow.has(id)).length
    }
    return { written, changed, trashed }
  } finally {
    backup.close()
  }
}
