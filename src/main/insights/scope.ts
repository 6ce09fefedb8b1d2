import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { requireMember } from '../journal/members'

export interface ScopedMember {
  memberId: string
  name: string
  cadenceDays: number
  startDate: string | null
}

const columns = 'id AS memberId, name, cadence_days AS cadenceDays, start_date AS startDate'

/**
 * The people a panel is about: one person (not_found if they are gone), or the current team (neither
 * archived nor in the trash), by name.
 */
export function scopedMembers(db: Db, memberId: string | undefined): ScopedMember[] {
  if (memberId) {
    requireMember(db, memberId)
    return sql(db, `SELECT ${columns} FROM members WHERE id = ?`).all(memberId) as ScopedMember[]
  }
  return sql(
    db,
    `SELECT ${columns} FROM members
     WHERE deleted_at IS NULL AND archived_at IS NULL ORDER BY name COLLATE NOCASE, created_at`
  ).all() as ScopedMember[]
}
