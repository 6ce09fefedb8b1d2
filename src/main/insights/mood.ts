import type { MoodTrend, TrendQuery } from '../../shared/domain/insights'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { periodStartSql, trendPeriods } from './periods'
import { scopedMembers } from './scope'
import { groupBy, rated, type RatingRow } from './sums'

/**
 * Mood: the moods recorded in reflections about people (1-5) per week or month, for the team or one
 * person, with each person's average over the shown periods and their last recorded mood.
 */
export function moodTrend(db: Db, query: TrendQuery): MoodTrend {
  const members = scopedMembers(db, query.memberId)
  const periods = trendPeriods(query)
  const params = {
    bucket: query.bucket,
    weekStartsOn: query.weekStartsOn,
    from: periods[0]!.start,
    to: query.today,
    memberId: query.memberId ?? null
  }
  const ratings = sql(
    db,
    `SELECT ${periodStartSql('r.date')} AS period, r.member_id AS memberId, sum(r.mood) AS total, count(*) AS count
     FROM reflections r JOIN members m ON m.id = r.member_id
     WHERE r.date BETWEEN @from AND @to AND r.mood IS NOT NULL AND r.deleted_at IS NULL
       AND m.deleted_at IS NULL AND (@memberId IS NULL OR r.member_id = @memberId)
     GROUP BY period, r.member_id`
  ).all(params) as RatingRow[]
  // The last mood of each person up to today, however long ago (the index on (member_id, date) serves it).
  const lastMood = sql(
    db,
    `SELECT r.date, r.mood FROM reflections r
     WHERE r.member_id = ? AND r.mood IS NOT NULL AND r.deleted_at IS NULL AND r.date <= ?
     ORDER BY r.date DESC, r.created_at DESC LIMIT 1`
  )
  const [byPeriod, byMember] = [groupBy(ratings, (r) => r.period), groupBy(ratings, (r) => r.memberId)]
  return {
    from: params.from,
    buckets: periods.map((period) => ({
      ...period,
      ...rated(byPeriod.get(period.start))
    })),
    total: rated(ratings),
    members: members.map(({ memberId, name }) => ({
      memberId,
      name,
      ...rated(byMember.get(memberId)),
      last: (lastMood.get(memberId, query.today) as { date: string; mood: number } | undefined) ?? null
    }))
  }
}
