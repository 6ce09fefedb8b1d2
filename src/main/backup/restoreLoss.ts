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

type Versions = [id: string, updatedAt: string][]

/**
 * What restoring the backup at `backupPath` would take out of the open journal: the entries (not in the
 * trash) it lacks, written since, and those it holds in an older version, changed since. Ids and versions
 * only, so a journal of ten years compares in a moment.
 */
export function restoreLoss(journal: Db, backupPath: string): RestoreLoss {
  const backup = new Database(backupPath, { readonly: true, fileMustExist: true })
  try {
    const written = {} as EntryCounts
    const changed = {} as EntryCounts
    for (const [kind, table] of Object.entries(TABLES) as [keyof EntryCounts, string][]) {
      const before = new Map(backup.prepare(`SELECT id, updated_at FROM ${table}`).raw().all() as Versions)
      const now = journal
        .prepare(`SELECT id, updated_at FROM ${table} WHERE deleted_at IS NULL`)
        .raw()
        .all() as Versions
      written[kind] = now.filter(([id]) => !before.has(id)).length
      changed[kind] = now.filter(([id, at]) => before.has(id) && at > before.get(id)!).length
    }
    return { written, changed }
  } finally {
    backup.close()
  }
}
