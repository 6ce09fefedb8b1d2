import type { LeaderResponse } from '../../shared/domain/delegationVocabulary'
import { interventionCounts } from '../journal/interventions'

/** Rows of 1-5 ratings summed in SQL: a sum and a count per period and person. */
export interface RatingRow {
  period: string
  memberId: string | null
  total: number
  count: number
}
/** Check-ins counted in SQL per period, person and leader response. */
export interface ResponseRow {
  period: string
  memberId: string
  response: LeaderResponse
  count: number
}

/** The average of the rows kept by `keep` (null when none), from exact integer sums. */
export function rated(rows: readonly RatingRow[], keep: (row: RatingRow) => boolean = () => true) {
  let total = 0
  let count = 0
  for (const row of rows) {
    if (!keep(row)) continue
    total += row.total
    count += row.count
  }
  return { average: count === 0 ? null : total / count, count }
}

/** The intervention ratio of the rows kept by `keep`, by the one definition in `interventionCounts`. */
export function intervened(rows: readonly ResponseRow[], keep: (row: ResponseRow) => boolean = () => true) {
  const byResponse: Partial<Record<LeaderResponse, number>> = {}
  for (const row of rows)
    if (keep(row)) byResponse[row.response] = (byResponse[row.response] ?? 0) + row.count
  const { lettingGo, intervening, ratio } = interventionCounts(byResponse)
  return { lettingGo, intervening, ratio }
}
