import type { StanceTrend, TrendQuery } from '../../shared/domain/insights'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { periodStartSql } from './periods'
import { groupBy, intervened, rated, type ResponseRow } from './sums'
import { ratingTrend } from './trend'

/**
 * Leading vs managing: the leader's stance ratings (1 managed ... 5 led) per week or month, with the
 * intervention ratio of the check-ins in the same period; for the team (general reflections included) or one
 * person. Entries in the trash, or about people in the trash, do not count.
 */
export function stanceTrend(db: Db, query: TrendQuery): StanceTrend {
  const { members, periods, params, ratings, byPeriod, byMember } = ratingTrend(db, query, 'stance', {
    general: true
  })
  const responses = sql(
    db,
    `SELECT ${periodStartSql('c.date')} AS period, d.member_id AS memberId, c.leader_response AS response,
       count(*) AS count
     FROM checkins c JOIN delegations d ON d.id = c.delegation_id JOIN members m ON m.id = d.member_id
     WHERE c.date BETWEEN @from AND @to AND c.deleted_at IS NULL AND d.deleted_at IS NULL
       AND m.deleted_at IS NULL AND (@memberId IS NULL OR d.member_id = @memberId)
     GROUP BY period, d.member_id, c.leader_response`
  ).all(params) as ResponseRow[]
  const [responsesByPeriod, responsesByMember] = [
    groupBy(responses, (r) => r.period),
    groupBy(responses, (r) => r.memberId)
  ]
  return {
    from: params.from,
    buckets: periods.map((period) => ({
      ...period,
      ...rated(byPeriod.get(period.start)),
      ...intervened(responsesByPeriod.get(period.start))
    })),
    total: { ...rated(ratings), ...intervened(responses) },
    members: query.memberId
      ? []
      : members.map(({ memberId, name }) => ({
          memberId,
          name,
          ...rated(byMember.get(memberId)),
          ...intervened(responsesByMember.get(memberId))
        }))
  }
}
