import { awayDaysBetween, cadenceDue, daysFrom, type AwaySpan } from '../../shared/domain/cadence'
import type { DatedScope, RhythmInsights } from '../../shared/domain/insights'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { localDayOf } from '../journal/localDay'
import { quarterStart } from './periods'
import { scopedMembers } from './scope'

/**
 * One-on-one rhythm: per person, the days with a one-on-one reflection in the last quarter against the
 * cadences that fit in it (from their start date when that is later), and whether the next one is overdue
 * today. Days away are not days a one-on-one was due, and a one-on-one skipped with a reason is not a missed
 * one (shared/domain/cadence.ts). Someone who never had a one-on-one, nor skipped one, is overdue unless away.
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
  const skips = sql(
    db,
    `SELECT max(date) AS lastSkipped, count(DISTINCT CASE WHEN date >= @from THEN date END) AS skipped
     FROM one_on_one_skips WHERE member_id = @memberId AND deleted_at IS NULL AND date <= @today`
  )
  const away = sql(
    db,
    `SELECT starts_on AS startsOn, ends_on AS endsOn FROM away_periods
     WHERE member_id = ? AND deleted_at IS NULL ORDER BY starts_on`
  )
  const added = sql(db, `SELECT created_at FROM members WHERE id = ?`).pluck()
  return {
    since,
    members: members.map(({ memberId: id, name, cadenceDays, startDate }) => {
      const from = startDate && startDate > since ? startDate : since
      const { held } = counts.get({ memberId: id, today, from }) as { held: number }
      const { last: lastOneOnOne } = last.get(id, today) as { last: string | null }
      const { lastSkipped, skipped } = skips.get({ memberId: id, today, from }) as {
        lastSkipped: string | null
        skipped: number
      }
      const spans = away.all(id) as AwaySpan[]
      const due = cadenceDue(
        { cadenceDays, lastOneOnOne, lastSkipped, addedOn: localDayOf(added.get(id) as string), away: spans },
        today
      )
      const started = lastOneOnOne !== null || lastSkipped !== null
      const awayDays = from > today ? 0 : awayDaysBetween(spans, from, today)
      const window = from > today ? 0 : daysFrom(from, today) + 1
      return {
        memberId: id,
        name,
        cadenceDays,
        held,
        expected: Math.max(0, Math.floor((window - awayDays) / cadenceDays) - skipped),
        awayDays,
        skipped,
        lastOneOnOne,
        dueOn: started ? due.dueOn : null,
        overdue: due.awayUntil === null && (!started || due.daysOverdue > 0),
        daysOverdue: started ? due.daysOverdue : null,
        awayUntil: due.awayUntil
      }
    })
  }
}
