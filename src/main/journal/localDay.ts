import { format } from 'date-fns'

/**
 * Today as the user's calendar sees it. Main runs on the user's own machine, so its local day is theirs: a
 * check-in written late in the evening belongs to that evening, not to tomorrow in UTC.
 */
export const todayLocal = (): string => format(new Date(), 'yyyy-MM-dd')

/** The user's local day of a stored UTC timestamp: the day an entry was written down, as their calendar says. */
export const localDayOf = (timestamp: string): string => format(new Date(timestamp), 'yyyy-MM-dd')
