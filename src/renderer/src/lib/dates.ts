import { differenceInCalendarDays, format, parseISO } from 'date-fns'

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
