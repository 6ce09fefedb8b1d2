import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { getMember } from '../journal/members'

export interface ScopedMember {
  memberId: string
  name: string
  cadenceDays: number
  startDate: string | null
}

/**
 * The people a panel is about: one person (not_found if they are gone), or the current team (neither
 * archived nor in the trash), by name.
 */
export function scopedMembers(db: Db, memberId: string | undefined): ScopedMember[] {
  if (memberId) {
    const { id, name, cadenceDays, startDate } = getMember(db, memberId)
    return [{ memberId: id, name, cadenceDays, startDate }]
  }
  return sql(
    db,
    `SELECT id AS memberId, name, cadence_days AS cadenceDays, start_date AS startDate FROM members
     WHERE deleted_at IS NULL AND archived_at IS NULL ORDER BY name COLLATE NOCASE, created_at`
  ).all() as ScopedMember[]
}
