import {
  addDays,
  addMonths,
  format,
  parseISO,
  startOfMonth,
  startOfWeek,
  subDays,
  subMonths,
  subWeeks
} from 'date-fns'
import { DEFAULT_PERIODS, QUARTER_DAYS, type TrendQuery } from '../../shared/domain/insights'

type Day = 0 | 1 | 2 | 3 | 4 | 5 | 6
const day = (date: Date) => format(date, 'yyyy-MM-dd')
// Noon, so no daylight-saving shift can move a local day across midnight.
const parse = (value: string) => parseISO(`${value}T12:00:00`)

/**
 * The periods a trend shows, oldest first: the last `periods` weeks (starting on the user's first day of the
 * week) or calendar months, ending with the one that holds today. Pure, so the calendar is tested alone.
 */
export function trendPeriods({ today, bucket, weekStartsOn, periods = DEFAULT_PERIODS }: TrendQuery) {
  const now = parse(today)
  const weekStart = startOfWeek(now, { weekStartsOn: weekStartsOn as Day })
  const first =
    bucket === 'month' ? subMonths(startOfMonth(now), periods - 1) : subWeeks(weekStart, periods - 1)
  return Array.from({ length: periods }, (_, i) => {
    const start = bucket === 'month' ? addMonths(first, i) : addDays(first, i * 7)
    const next = bucket === 'month' ? addMonths(start, 1) : addDays(start, 7)
    return { start: day(start), end: day(subDays(next, 1)) }
  })
}

/**
 * The SQL for the first day of the period holding `column` (a 'YYYY-MM-DD' day), with @bucket and
 * @weekStartsOn bound. SQLite's %w counts 0 = Sunday, as the renderer's week start does.
 */
export const periodStartSql = (column: string) => `CASE @bucket
  WHEN 'month' THEN strftime('%Y-%m-01', ${column})
  ELSE date(${column}, '-' || ((CAST(strftime('%w', ${column}) AS INTEGER) - @weekStartsOn + 7) % 7) || ' days')
  END`

/** The first day of the last quarter ending today (today included). */
export const quarterStart = (today: string): string => day(subDays(parse(today), QUARTER_DAYS - 1))

/** Whole days from one local day to another (the one-on-one cadence counts days the same way). */
export { daysFrom } from '../../shared/domain/cadence'
