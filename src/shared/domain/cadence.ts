/**
 * When a person's next one-on-one is due, with time away and skipped one-on-ones taken into account. Pure and
 * shared: the Team list (with the window's today) and the rhythm insights (main's) must agree.
 *
 * - The clock starts at the last one-on-one, or at the last skipped one (a skip with a reason settles that
 *   one-on-one), whichever is later; with neither, at the day the person was added.
 * - Days away do not count: the next one-on-one is due after `cadenceDays` days the person was not away.
 * - While away, no one is overdue; `awayUntil` is the last day of the time away that holds today (periods
 *   that follow each other without a gap count as one).
 */
/** A new person's one-on-one cadence until Settings choose another. */
export const DEFAULT_CADENCE_DAYS = 14

export interface AwaySpan {
  startsOn: string
  endsOn: string
}

export interface CadenceFacts {
  cadenceDays: number
  lastOneOnOne: string | null
  lastSkipped: string | null
  /** The day the person was added: where the clock starts when nothing else says. */
  addedOn: string
  away: readonly AwaySpan[]
}

export interface CadenceDue {
  /** The day the next one-on-one is due. */
  dueOn: string
  /** Days past `dueOn`; 0 when on time or away. */
  daysOverdue: number
  awayUntil: string | null
}

/** A local day as a number of days, counted in UTC so no daylight-saving shift can move it. */
const toDays = (day: string) =>
  Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000
const fromDays = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10)

/** Whole days from one local day to another (negative when `to` is earlier). */
export const daysFrom = (from: string, to: string) => toDays(to) - toDays(from)
export const plusDays = (day: string, days: number) => fromDays(toDays(day) + days)

const isAway = (away: readonly AwaySpan[], day: string) =>
  away.some((span) => span.startsOn <= day && day <= span.endsOn)

/** The last day of the time away holding `day`, or null when the person is not away that day. */
export function awayUntil(away: readonly AwaySpan[], day: string): string | null {
  if (!isAway(away, day)) return null
  let end = day
  while (isAway(away, plusDays(end, 1))) end = plusDays(end, 1)
  return end
}

/** The first day of the next time away that starts after `day`, if one is planned. */
export function awayFrom(away: readonly AwaySpan[], day: string): string | null {
  const next = away.filter((span) => span.startsOn > day).map((span) => span.startsOn)
  return next.length === 0 ? null : next.reduce((a, b) => (a < b ? a : b))
}

/** Days of [from, to] (both included) on which the person was away. */
export function awayDaysBetween(away: readonly AwaySpan[], from: string, to: string): number {
  if (away.length === 0) return 0
  let count = 0
  for (let day = from; day <= to; day = plusDays(day, 1)) if (isAway(away, day)) count++
  return count
}

export function cadenceDue(facts: CadenceFacts, today: string): CadenceDue {
  const starts = [facts.lastOneOnOne ?? facts.addedOn, facts.lastSkipped].filter(
    (d): d is string => d !== null
  )
  const start = starts.reduce((a, b) => (a > b ? a : b))
  // Most people are never away: then the walk day by day is the cadence added at once.
  let dueOn = facts.away.length === 0 ? plusDays(start, facts.cadenceDays) : start
  for (let counted = facts.away.length === 0 ? facts.cadenceDays : 0; counted < facts.cadenceDays;) {
    dueOn = plusDays(dueOn, 1)
    if (!isAway(facts.away, dueOn)) counted++
  }
  const until = awayUntil(facts.away, today)
  return { dueOn, daysOverdue: until ? 0 : Math.max(0, daysFrom(dueOn, today)), awayUntil: until }
}
