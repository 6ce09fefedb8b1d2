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
 * one (shared/domain/cadence.ts). Someone who never had a one-on-one is overdue once one cadence has passed
 * since they were added, as on the Team screen.
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
  // Each end on its own: SQLite reads min() and max() together by walking every one-on-one in between, but
  // each alone from one end of the index.
  const last = sql(
    db,
    `SELECT (SELECT min(date) FROM reflections
         WHERE member_id = @memberId AND kind = 'one_on_one' AND deleted_at IS NULL AND date <= @today) AS first,
       (SELECT max(date) FROM reflections
         WHERE member_id = @memberId AND kind = 'one_on_one' AND deleted_at IS NULL AND date <= @today) AS last`
  )
  // Skips, time away and the day each person was added, read once for everyone: most have none.
  const skipDays = groupBy(
    sql(
      db,
      `SELECT member_id AS memberId, date FROM one_on_one_skips WHERE deleted_at IS NULL AND date <= ? ORDER BY date`
    ).all(today) as { memberId: string; date: string }[]
  )
  const away = groupBy(
    sql(
      db,
      `SELECT member_id AS memberId, starts_on AS startsOn, ends_on AS endsOn FROM away_periods
       WHERE deleted_at IS NULL ORDER BY starts_on`
    ).all() as ({ memberId: string } & AwaySpan)[]
  )
  const added = new Map(
    (
      sql(db, `SELECT id, created_at AS createdAt FROM members`).all() as { id: string; createdAt: string }[]
    ).map(({ id, createdAt }) => [id, localDayOf(createdAt)])
  )
  return {
    since,
    members: members.map(({ memberId: id, name, cadenceDays, startDate }) => {
      const { first, last: lastOneOnOne } = last.get({ memberId: id, today }) as {
        first: string | null
        last: string | null
      }
      // Counted from when the journal knew them (added, or their first one-on-one if that is older, as
      // imported notes are), or their start date: someone added today has missed nothing yet.
      const addedOn = added.get(id)!
      const knownSince = first !== null && first < addedOn ? first : addedOn
      const from = [since, knownSince, startDate ?? since].reduce((a, b) => (a > b ? a : b))
      const { held } = counts.get({ memberId: id, today, from }) as { held: number }
      const skips = skipDays.get(id) ?? []
      const lastSkipped = skips.at(-1)?.date ?? null
      const skipped = new Set(skips.filter(({ date }) => date >= from).map(({ date }) => date)).size
      const spans = away.get(id) ?? []
      const due = cadenceDue({ cadenceDays, lastOneOnOne, lastSkipped, addedOn, away: spans }, today)
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
        overdue: due.awayUntil === null && due.daysOverdue > 0,
        daysOverdue: started ? due.daysOverdue : null,
        awayUntil: due.awayUntil
      }
    })
  }
}

function groupBy<T extends { memberId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) groups.set(row.memberId, [...(groups.get(row.memberId) ?? []), row])
  return groups
}
