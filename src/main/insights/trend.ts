import type { TrendQuery } from '../../shared/domain/insights'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { periodStartSql, trendPeriods } from './periods'
import { scopedMembers } from './scope'
import { groupBy, type RatingRow } from './sums'

/** The 1-5 ratings a reflection carries: the leader's stance, the person's mood. */
export type RatedColumn = 'stance' | 'mood'

/** Who and which periods a trend is about, and the parameters its SQL binds (see periodStartSql). */
export function trendScope(db: Db, query: TrendQuery) {
  const periods = trendPeriods(query)
  const params = {
    bucket: query.bucket,
    weekStartsOn: query.weekStartsOn,
    from: periods[0]!.start,
    to: query.today,
    memberId: query.memberId ?? null
  }
  return { members: scopedMembers(db, query.memberId), periods, params }
}

/**
 * What a rating trend is made of (stance and mood alike): the periods it shows, the people in scope, and the
 * ratings summed in SQL per period and person, grouped both ways. Entries in the trash, or about people in
 * the trash, do not count; general reflections count only where `general` says so (a stance is the leader's
 * own, a mood is a person's).
 */
export function ratingTrend(
  db: Db,
  query: TrendQuery,
  column: RatedColumn,
  { general }: { general: boolean }
) {
  const { members, periods, params } = trendScope(db, query)
  const ratings = sql(
    db,
    `SELECT ${periodStartSql('r.date')} AS period, r.member_id AS memberId, sum(r.${column}) AS total, count(*) AS count
     FROM reflections r LEFT JOIN members m ON m.id = r.member_id
     WHERE r.date BETWEEN @from AND @to AND r.${column} IS NOT NULL AND r.deleted_at IS NULL
       AND m.deleted_at IS NULL ${general ? '' : 'AND r.member_id IS NOT NULL'}
       AND (@memberId IS NULL OR r.member_id = @memberId)
     GROUP BY period, r.member_id`
  ).all(params) as RatingRow[]
  return {
    members,
    periods,
    params,
    ratings,
    byPeriod: groupBy(ratings, (row) => row.period),
    byMember: groupBy(ratings, (row) => row.memberId)
  }
}
