import { format, subDays } from 'date-fns'

/**
 * Calendar days as the app counts them: the local day, as `todayLocal()` in the renderer and main give it.
 * A UTC day (toISOString) is yesterday or tomorrow for part of the day in most time zones.
 */
export const daysAgo = (days: number): string => format(subDays(new Date(), days), 'yyyy-MM-dd')
export const today = (): string => daysAgo(0)
