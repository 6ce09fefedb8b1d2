import { differenceInCalendarDays, format, parseISO } from 'date-fns'
import { plural } from './words'

/** Today as the user's calendar sees it: entries belong to local days, not UTC ones. */
export const todayLocal = (): string => format(new Date(), 'yyyy-MM-dd')

export function daysBetween(fromDay: string, toDay: string): number {
  return differenceInCalendarDays(parseISO(toDay), parseISO(fromDay))
}

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })

/** A stored day shown in the user's locale, e.g. "27 Nov 2026" or "Nov 27, 2026". */
export function formatDay(day: string): string {
  return dayFormat.format(parseISO(day))
}

const shortDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

/** A day in a badge, without its year: "3 Jan" or "Jan 3". */
export function formatShortDay(day: string): string {
  return shortDayFormat.format(parseISO(day))
}

// A badge that says "overdue 3249d" makes a person do the sum: the largest unit of which there are at least
// two (days, weeks, months, years), rounded down ("over two months"), as people say it.
const spans = [
  { days: 365.25, short: 'y', one: 'year' },
  { days: 30.44, short: 'mo', one: 'month' },
  { days: 7, short: 'w', one: 'week' }
] as const
const spanOf = (days: number) => {
  for (const span of spans) {
    const count = Math.floor(days / span.days)
    if (count >= 2) return { count, short: span.short, one: span.one }
  }
  return { count: days, short: 'd', one: 'day' }
}

/** A number of days for a badge: "13d", "3w", "5mo", "8y". */
export function shortSpan(days: number): string {
  const { count, short } = spanOf(days)
  return `${count}${short}`
}

/** A number of days in words: "1 day", "13 days", "3 weeks", "5 months", "8 years". */
export function longSpan(days: number): string {
  const { count, one } = spanOf(days)
  return plural(count, one)
}
