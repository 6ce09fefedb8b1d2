import { formatDay } from '../../lib/dates'
import type { InsightBucket } from '../../../../shared/domain/insights'
import { AUTHORITY_LEVELS } from '../../../../shared/domain/delegationVocabulary'

// One formatter for every figure: toLocaleString builds a new one per call, thousands of times per screen.
const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })
export const oneDecimal = (value: number) => number.format(Math.round(value * 10) / 10)
export const percent = (ratio: number) => `${Math.round(ratio * 100)}%`

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })
const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })
const parse = (day: string) => new Date(`${day}T12:00:00`)

/** A period's name on an axis: "Nov 2026" for a month, "23 Nov" for a week (its first day). */
export const periodLabel = (bucket: InsightBucket, start: string) =>
  bucket === 'month' ? monthFormat.format(parse(start)) : shortDay.format(parse(start))

/** A period in a sentence: "the week of 23 Nov 2026" or "Nov 2026". */
export const periodName = (bucket: InsightBucket, start: string) =>
  bucket === 'month' ? monthFormat.format(parse(start)) : `the week of ${formatDay(start)}`

/** An authority level's name: 4 is "Agree". */
export const levelName = (level: number) => AUTHORITY_LEVELS[level - 1]!.name
