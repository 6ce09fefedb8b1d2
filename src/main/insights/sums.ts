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

/** Rows by a key (a period, a person), in one pass: a team of a hundred must not rescan every row each. */
export function groupBy<Row, Key>(rows: readonly Row[], key: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}

/** The average of the rows (null when none), from exact integer sums. */
export function rated(rows: readonly RatingRow[] = []) {
  let total = 0
  let count = 0
  for (const row of rows) {
    total += row.total
    count += row.count
  }
  return { average: count === 0 ? null : total / count, count }
}

/** The intervention ratio of the rows, by the one definition in `interventionCounts`. */
export function intervened(rows: readonly ResponseRow[] = []) {
  const byResponse: Partial<Record<LeaderResponse, number>> = {}
  for (const row of rows) byResponse[row.response] = (byResponse[row.response] ?? 0) + row.count
  const { lettingGo, intervening, ratio } = interventionCounts(byResponse)
  return { lettingGo, intervening, ratio }
}
