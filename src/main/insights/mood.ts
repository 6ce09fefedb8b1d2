import type { MoodTrend, TrendQuery } from '../../shared/domain/insights'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { rated } from './sums'
import { ratingTrend } from './trend'

/**
 * Mood: the moods recorded in reflections about people (1-5) per week or month, for the team or one
 * person, with each person's average over the shown periods and their last recorded mood.
 */
export function moodTrend(db: Db, query: TrendQuery): MoodTrend {
  const { members, periods, params, ratings, byPeriod, byMember } = ratingTrend(db, query, 'mood', {
    general: false
  })
  // The last mood of each person up to today, however long ago (the index on (member_id, date) serves it).
  const lastMood = sql(
    db,
    `SELECT r.date, r.mood FROM reflections r
     WHERE r.member_id = ? AND r.mood IS NOT NULL AND r.deleted_at IS NULL AND r.date <= ?
     ORDER BY r.date DESC, r.created_at DESC LIMIT 1`
  )
  return {
    from: params.from,
    buckets: periods.map((period) => ({ ...period, ...rated(byPeriod.get(period.start)) })),
    total: rated(ratings),
    members: members.map(({ memberId, name }) => ({
      memberId,
      name,
      ...rated(byMember.get(memberId)),
      last: (lastMood.get(memberId, query.today) as { date: string; mood: number } | undefined) ?? null
    }))
  }
}
