import { authorityLevel, type LeaderResponse } from './delegationVocabulary'

/**
 * The authority level a check-in response enacts: how the leader actually behaved, on the same ladder as the
 * level they agreed. Took it back: the leader decides (Tell). Stepped in: did part of it, the person's input
 * taken (Consult). Asked questions: coached, the person decides (Advise). Held back: theirs (Delegate).
 * Provided resources is support at any level, so it says nothing about who decides.
 */
export const ENACTED_LEVELS: Record<LeaderResponse, number | null> = {
  took_back: 1,
  stepped_in: 3,
  asked_questions: 5,
  held_back: 7,
  provided_resources: null
}

/** How many of the latest telling check-ins make the practised level: recent enough to be today's habit. */
export const ENACTED_WINDOW = 5

/** A gap this wide between agreed and enacted is flagged: one level is noise, two is a pattern. */
export const FLAGGED_GAP = 2

export interface EnactedAuthority {
  /** The agreed level. */
  agreed: number
  /** The mean of the latest check-ins' enacted levels, rounded to a level. */
  acted: number
  /** How many check-ins it rests on (at most ENACTED_WINDOW). */
  basedOn: number
  /** Agreed minus acted: positive when the leader kept more control than agreed. */
  gap: number
  flagged: boolean
}

/**
 * The level the leader practised on a delegation, from its check-ins' responses (newest first), beside the
 * level agreed; null while no check-in says anything about who decides.
 */
export function enactedAuthority(
  agreed: number,
  responsesNewestFirst: readonly LeaderResponse[]
): EnactedAuthority | null {
  const levels = responsesNewestFirst
    .map((response) => ENACTED_LEVELS[response])
    .filter((level): level is number => level !== null)
    .slice(0, ENACTED_WINDOW)
  if (levels.length === 0) return null
  const acted = Math.round(levels.reduce((sum, level) => sum + level, 0) / levels.length)
  const gap = agreed - acted
  return { agreed, acted, basedOn: levels.length, gap, flagged: Math.abs(gap) >= FLAGGED_GAP }
}

const named = (level: number) => `${level} ${authorityLevel(level).name}`

/** "Agreed 6 Inquire, acted 3 Consult (last 3 check-ins)". */
export function describeEnacted({ agreed, acted, basedOn }: EnactedAuthority): string {
  const checkins = basedOn === 1 ? 'the last check-in' : `the last ${basedOn} check-ins`
  return `Agreed ${named(agreed)}, acted ${named(acted)} (${checkins})`
}

/** What a flagged gap means, in the leader's terms. */
export function gapAdvice({ gap }: EnactedAuthority): string {
  return gap > 0
    ? 'You kept more control than you agreed: let them struggle before you step in.'
    : 'You left more to them than you agreed: say so, or raise the level.'
}
