import type { TrendQuery } from '../../shared/domain/insights'
import { FEEDBACK_ENTRIES_SHOWN, type FeedbackTrend } from '../../shared/domain/feedbackInsights'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { periodStartSql } from './periods'
import { trendScope } from './trend'
import { groupBy } from './sums'

interface CountRow {
  period: string
  memberId: string
  praise: number
  redirect: number
}

const sum = (rows: readonly CountRow[] = []) =>
  rows.reduce((t, row) => ({ praise: t.praise + row.praise, redirect: t.redirect + row.redirect }), {
    praise: 0,
    redirect: 0
  })

/**
 * Feedback given (praise and redirect) per week or month over the shown periods, per person, with each
 * person's last praise however long ago, and the newest entries. Feedback still to deliver, in the trash or
 * about someone in the trash does not count.
 */
export function feedbackTrend(db: Db, query: TrendQuery): FeedbackTrend {
  const { members, periods, params } = trendScope(db, query)
  const live = `f.deleted_at IS NULL AND m.deleted_at IS NULL AND (@memberId IS NULL OR f.member_id = @memberId)`
  const rows = sql(
    db,
    `SELECT ${periodStartSql('f.given_on')} AS period, f.member_id AS memberId,
       sum(f.kind = 'praise') AS praise, sum(f.kind = 'redirect') AS redirect
     FROM feedback f JOIN members m ON m.id = f.member_id
     WHERE f.given_on BETWEEN @from AND @to AND ${live}
     GROUP BY period, f.member_id`
  ).all(params) as CountRow[]
  const entries = sql(
    db,
    `SELECT f.id, f.member_id AS memberId, m.name, f.kind, f.behaviour, f.given_on AS givenOn
     FROM feedback f JOIN members m ON m.id = f.member_id
     WHERE f.given_on BETWEEN @from AND @to AND ${live}
     ORDER BY f.given_on DESC, f.created_at DESC LIMIT ${FEEDBACK_ENTRIES_SHOWN}`
  ).all(params) as FeedbackTrend['entries']
  const lastPraise = sql(
    db,
    `SELECT max(given_on) FROM feedback
     WHERE member_id = ? AND kind = 'praise' AND deleted_at IS NULL AND given_on <= ?`
  ).pluck()
  const [byPeriod, byMember] = [groupBy(rows, (row) => row.period), groupBy(rows, (row) => row.memberId)]
  return {
    from: params.from,
    buckets: periods.map((period) => ({ ...period, ...sum(byPeriod.get(period.start)) })),
    total: sum(rows),
    members: members.map(({ memberId, name }) => ({
      memberId,
      name,
      ...sum(byMember.get(memberId)),
      lastPraiseOn: (lastPraise.get(memberId, query.today) as string | null) ?? null
    })),
    entries
  }
}

export const feedbackInsightsHandlers: ChannelHandlers<'insights.feedback'> = {
  'insights.feedback': ({ journal }, input) => feedbackTrend(journal.db, input)
}
