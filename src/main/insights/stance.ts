import type { StanceTrend, TrendQuery } from '../../shared/domain/insights'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { periodStartSql, trendPeriods } from './periods'
import { scopedMembers } from './scope'
import { groupBy, intervened, rated, type RatingRow, type ResponseRow } from './sums'

/**
 * Leading vs managing: the leader's stance ratings (1 managed ... 5 led) per week or month, with the
 * intervention ratio of the check-ins in the same period; for the team (general reflections included) or one
 * person. Entries in the trash, or about people in the trash, do not count.
 */
export function stanceTrend(db: Db, query: TrendQuery): StanceTrend {
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
    `SELECT ${periodStartSql('r.date')} AS period, r.member_id AS memberId, sum(r.stance) AS total, count(*) AS count
     FROM reflections r LEFT JOIN members m ON m.id = r.member_id
     WHERE r.date BETWEEN @from AND @to AND r.stance IS NOT NULL AND r.deleted_at IS NULL
       AND m.deleted_at IS NULL AND (@memberId IS NULL OR r.member_id = @memberId)
     GROUP BY period, r.member_id`
  ).all(params) as RatingRow[]
  const responses = sql(
    db,
    `SELECT ${periodStartSql('c.date')} AS period, d.member_id AS memberId, c.leader_response AS response,
       count(*) AS count
     FROM checkins c JOIN delegations d ON d.id = c.delegation_id JOIN members m ON m.id = d.member_id
     WHERE c.date BETWEEN @from AND @to AND c.deleted_at IS NULL AND d.deleted_at IS NULL
       AND m.deleted_at IS NULL AND (@memberId IS NULL OR d.member_id = @memberId)
     GROUP BY period, d.member_id, c.leader_response`
  ).all(params) as ResponseRow[]

  const [ratingsByPeriod, ratingsByMember] = [
    groupBy(ratings, (r) => r.period),
    groupBy(ratings, (r) => r.memberId)
  ]
  const [responsesByPeriod, responsesByMember] = [
    groupBy(responses, (r) => r.period),
    groupBy(responses, (r) => r.memberId)
  ]
  return {
    from: params.from,
    buckets: periods.map((period) => ({
      ...period,
      ...rated(ratingsByPeriod.get(period.start)),
      ...intervened(responsesByPeriod.get(period.start))
    })),
    total: { ...rated(ratings), ...intervened(responses) },
    members: query.memberId
      ? []
      : members.map(({ memberId, name }) => ({
          memberId,
          name,
          ...rated(ratingsByMember.get(memberId)),
          ...intervened(responsesByMember.get(memberId))
        }))
  }
}
