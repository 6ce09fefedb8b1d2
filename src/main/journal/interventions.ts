import { format, subDays } from 'date-fns'
import type { InterventionCounts, InterventionLog } from '../../shared/domain/delegations'
import {
  INTERVENING_RESPONSES,
  LEADER_RESPONSES,
  LETTING_GO_RESPONSES,
  type LeaderResponse
} from '../../shared/domain/delegationVocabulary'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { requireMember } from './members'

export const RECENT_DAYS = 90

/**
 * The intervention ratio from counts per response: stepped in + took it back, over those plus held back and
 * asked questions. Provided resources is support, not an intervention, so it is in neither side. Null when
 * there is nothing to divide: no ratio is better than a made-up 0.
 */
export function interventionCounts(byResponse: Partial<Record<LeaderResponse, number>>): InterventionCounts {
  const counts = Object.fromEntries(
    LEADER_RESPONSES.map((response) => [response, byResponse[response] ?? 0])
  ) as Record<LeaderResponse, number>
  const sum = (responses: readonly LeaderResponse[]) => responses.reduce((total, r) => total + counts[r], 0)
  const lettingGo = sum(LETTING_GO_RESPONSES)
  const intervening = sum(INTERVENING_RESPONSES)
  const judged = lettingGo + intervening
  return { byResponse: counts, lettingGo, intervening, ratio: judged === 0 ? null : intervening / judged }
}

/** The first day of the last-90-days window that ends today (today included). */
export const recentWindowStart = (today: string): string =>
  format(subDays(new Date(`${today}T12:00:00`), RECENT_DAYS - 1), 'yyyy-MM-dd')

/**
 * How the leader responded at check-ins: for one person, or the whole team when memberId is left out; over
 * all time and over the last 90 days. Trashed check-ins, delegations and members do not count.
 */
export function interventionLog(db: Db, { memberId }: { memberId?: string | undefined }, today: string) {
  if (memberId) requireMember(db, memberId)
  const since = recentWindowStart(today)
  const rows = sql(
    db,
    `SELECT c.leader_response AS response, count(*) AS total,
       coalesce(sum(c.date BETWEEN @since AND @today), 0) AS recent
     FROM checkins c
       JOIN delegations d ON d.id = c.delegation_id
       JOIN members m ON m.id = d.member_id
     WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL AND m.deleted_at IS NULL
       AND (@memberId IS NULL OR d.member_id = @memberId)
     GROUP BY c.leader_response`
  ).all({ memberId: memberId ?? null, since, today }) as {
    response: LeaderResponse
    total: number
    recent: number
  }[]
  const pick = (key: 'total' | 'recent') => Object.fromEntries(rows.map((row) => [row.response, row[key]]))
  return {
    overall: interventionCounts(pick('total')),
    last90Days: interventionCounts(pick('recent')),
    since
  } satisfies InterventionLog
}
