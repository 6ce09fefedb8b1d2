import { authorityLevel } from './delegationVocabulary'

/**
 * The check-in rhythm each level proposes, in days between check-ins: the more of the decision is theirs, the
 * less often the leader looks. Delegate has none: a check-in at the end. A delegation's own "check in every
 * (days)" replaces it.
 */
export const LEVEL_RHYTHM_DAYS: Record<number, number | null> = {
  1: 2,
  2: 3,
  3: 7,
  4: 7,
  5: 14,
  6: 21,
  7: null
}

/** Where there is no rhythm (Delegate), this many days of check-ins are counted: more than one is too many. */
export const NO_RHYTHM_WINDOW_DAYS = 30

export interface CheckinBudget {
  /** Days between check-ins as agreed (the delegation's own, else its level's); null: only at the end. */
  rhythmDays: number | null
  /** Check-ins within the last rhythm (or NO_RHYTHM_WINDOW_DAYS) up to today. */
  recent: number
  /** Days from the first of them to today. */
  spanDays: number
  /** More than one check-in in one rhythm: the leader is looking more often than agreed. */
  over: boolean
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000

/** How the check-ins on an active delegation (any order) compare with the rhythm agreed for it, as of `today`. */
export function checkinBudget(
  level: number,
  everyDays: number | null,
  checkinDays: readonly string[],
  today: string
): CheckinBudget {
  const rhythmDays = everyDays ?? LEVEL_RHYTHM_DAYS[level] ?? null
  const window = rhythmDays ?? NO_RHYTHM_WINDOW_DAYS
  const ages = checkinDays
    .map((day) => dayNumber(today) - dayNumber(day))
    .filter((age) => age >= 0 && age < window)
  return {
    rhythmDays,
    recent: ages.length,
    spanDays: ages.length === 0 ? 0 : Math.max(1, ...ages),
    over: ages.length > 1
  }
}

/** The rhythm a delegation keeps, in words: its own, or its level's ("Every 21 days (Inquire's rhythm)"). */
export function describeRhythm(level: number, everyDays: number | null): string {
  if (everyDays !== null) return `Every ${everyDays} days`
  const proposed = LEVEL_RHYTHM_DAYS[level] ?? null
  const name = authorityLevel(level).name
  return proposed === null ? `Only at the end (${name})` : `Every ${proposed} days (${name}'s rhythm)`
}

/** "4 check-ins in 10 days on an Inquire-level responsibility; agreed: one every 21 days." */
export function describeOverBudget(level: number, { recent, spanDays, rhythmDays }: CheckinBudget): string {
  const name = authorityLevel(level).name
  const article = /^[AEIOU]/.test(name) ? 'an' : 'a'
  const agreed = rhythmDays === null ? 'only at the end' : `one every ${rhythmDays} days`
  return `${recent} check-ins in ${spanDays} days on ${article} ${name}-level responsibility; agreed: ${agreed}.`
}

/**
 * Whether the next check-in is due on an active delegation: the rhythm agreed (its own, else its level's)
 * has passed since the last check-in or the start; at Delegate, which has no rhythm, only once it is due.
 */
export function checkinDue(
  delegation: {
    authorityLevel: number
    checkinEveryDays: number | null
    startedOn: string | null
    dueDate: string | null
    lastCheckinOn: string | null
  },
  today: string
): boolean {
  const rhythm = delegation.checkinEveryDays ?? LEVEL_RHYTHM_DAYS[delegation.authorityLevel] ?? null
  if (rhythm === null) return delegation.dueDate !== null && delegation.dueDate <= today
  const since = delegation.lastCheckinOn ?? delegation.startedOn
  return since === null || dayNumber(today) - dayNumber(since) >= rhythm
}
