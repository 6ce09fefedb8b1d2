import type { DatedScope, RhythmInsights } from '../../shared/domain/insights'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { daysFrom, plusDays, quarterStart } from './periods'
import { scopedMembers } from './scope'

/**
 * One-on-one rhythm: per person, the days with a one-on-one reflection in the last quarter against the
 * cadences that fit in it (from their start date when that is later), and whether the next one is overdue
 * today. Someone who never had a one-on-one is overdue.
 */
export function rhythmInsights(db: Db, { memberId, today }: DatedScope): RhythmInsights {
  const members = scopedMembers(db, memberId)
  const since = quarterStart(today)
  const counts = sql(
    db,
    `SELECT count(DISTINCT date) AS held FROM reflections
     WHERE member_id = @memberId AND kind = 'one_on_one' AND deleted_at IS NULL AND date <= @today
       AND date >= @from`
  )
  const last = sql(
    db,
    `SELECT max(date) AS last FROM reflections
     WHERE member_id = ? AND kind = 'one_on_one' AND deleted_at IS NULL AND date <= ?`
  )
  return {
    since,
    members: members.map(({ memberId: id, name, cadenceDays, startDate }) => {
      const from = startDate && startDate > since ? startDate : since
      const { held } = counts.get({ memberId: id, today, from }) as { held: number }
      const { last: lastOneOnOne } = last.get(id, today) as { last: string | null }
      const dueOn = lastOneOnOne ? plusDays(lastOneOnOne, cadenceDays) : null
      const daysOverdue = dueOn ? Math.max(0, daysFrom(dueOn, today)) : null
      return {
        memberId: id,
        name,
        cadenceDays,
        held,
        expected: from > today ? 0 : Math.floor((daysFrom(from, today) + 1) / cadenceDays),
        lastOneOnOne,
        dueOn,
        overdue: dueOn === null || daysOverdue! > 0,
        daysOverdue
      }
    })
  }
}
