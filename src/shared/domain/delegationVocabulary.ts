/**
 * The words of delegation, exactly as Leap uses them everywhere (forms, pages, insights). Codes are what the
 * journal stores; labels are what people read. Kept free of zod so any screen can import them cheaply.
 */

/** Management 3.0 delegation poker: how much of the decision is theirs. */
export const AUTHORITY_LEVELS = [
  { level: 1, name: 'Tell', meaning: 'I decide and tell them.' },
  { level: 2, name: 'Sell', meaning: 'I decide and convince them.' },
  { level: 3, name: 'Consult', meaning: 'I ask for input, then decide.' },
  { level: 4, name: 'Agree', meaning: 'We decide together.' },
  { level: 5, name: 'Advise', meaning: 'I advise, they decide.' },
  { level: 6, name: 'Inquire', meaning: 'They decide and tell me afterwards.' },
  { level: 7, name: 'Delegate', meaning: 'Theirs entirely, I need not hear.' }
] as const

export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number]['level']
export const MIN_AUTHORITY_LEVEL = 1
export const MAX_AUTHORITY_LEVEL = 7

export function authorityLevel(level: number): (typeof AUTHORITY_LEVELS)[number] {
  const found = AUTHORITY_LEVELS.find((entry) => entry.level === level)
  if (!found) throw new RangeError(`No authority level ${level}`)
  return found
}

export const DELEGATION_STATUSES = ['planned', 'active', 'done', 'handed_back', 'cancelled'] as const
export type DelegationStatus = (typeof DELEGATION_STATUSES)[number]
export const STATUS_LABELS: Record<DelegationStatus, string> = {
  planned: 'Planned',
  active: 'Active',
  done: 'Done',
  handed_back: 'Handed back',
  cancelled: 'Cancelled'
}
/** The statuses that end a delegation: it gets a completion day, an outcome and lessons. */
export const CLOSED_STATUSES = ['done', 'handed_back', 'cancelled'] as const satisfies DelegationStatus[]

export const CHECKIN_SIGNALS = ['on_track', 'at_risk', 'blocked', 'struggling'] as const
export type CheckinSignal = (typeof CHECKIN_SIGNALS)[number]
export const SIGNAL_LABELS: Record<CheckinSignal, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  blocked: 'Blocked',
  struggling: 'Struggling'
}

export const LEADER_RESPONSES = [
  'held_back',
  'asked_questions',
  'provided_resources',
  'stepped_in',
  'took_back'
] as const
export type LeaderResponse = (typeof LEADER_RESPONSES)[number]
export const RESPONSE_LABELS: Record<LeaderResponse, string> = {
  held_back: 'Held back',
  asked_questions: 'Asked questions',
  provided_resources: 'Provided resources',
  stepped_in: 'Stepped in',
  took_back: 'Took it back'
}
/** What each response means for the person, shown beside the label. */
export const RESPONSE_HINTS: Record<LeaderResponse, string> = {
  held_back: 'Let them struggle.',
  asked_questions: 'Coached.',
  provided_resources: 'Gave them what they needed.',
  stepped_in: 'Did part of it for them.',
  took_back: 'Took the responsibility back.'
}

/**
 * The intervention log sorts responses into letting go (held back, asked questions) and intervening (stepped
 * in, took it back). Providing resources is support, neither; it is counted on its own.
 */
export const LETTING_GO_RESPONSES = ['held_back', 'asked_questions'] as const satisfies LeaderResponse[]
export const INTERVENING_RESPONSES = ['stepped_in', 'took_back'] as const satisfies LeaderResponse[]

/** After a check-in where the leader let go: did the person work it out on their own? */
export const WORKED_OUT_ANSWERS = ['yes', 'partly', 'no'] as const
export type WorkedOut = (typeof WORKED_OUT_ANSWERS)[number]
export const WORKED_OUT_LABELS: Record<WorkedOut, string> = {
  yes: 'Yes, on their own',
  partly: 'Partly',
  no: 'No'
}
