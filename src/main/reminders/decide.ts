import { format } from 'date-fns'
import type { ReminderPreference, TodayView } from '../../shared/domain/reminders'

/** A stored day this far ahead of today was written by a clock that was wrong; it no longer holds reminders back. */
export const CLOCK_CORRECTION_DAYS = 2
/** However the wall clock moves while Leap runs, two reminders are at least this far apart on the process's own clock. */
export const MIN_GAP_MS = 12 * 60 * 60 * 1000

export interface ReminderClock {
  /** The wall clock: the leader's local day and time of day. */
  now: Date
  /** A clock that only moves forward while Leap runs (performance.now()); the wall clock can jump. */
  monotonicMs: number
}

export interface ReminderMemory {
  /** The local day the reminder last went out, kept in settings.json across restarts. */
  lastRemindedOn: string | undefined
  /** When this run of Leap last sent one, on the monotonic clock; null when it has not. */
  lastSentMonotonicMs: number | null
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000

/**
 * Whether the daily reminder goes out now, and for which day: on in Settings, the chosen time reached today,
 * not yet sent today. Late is better than never: Leap opened at 15:00 reminds at once about a 09:00 reminder.
 * A clock set back (or forward and then corrected) never sends twice within MIN_GAP_MS in one run, and a
 * restart sends again only for a later day, or once the stored day is far enough ahead to be a clock's mistake.
 */
export function reminderDue(
  preference: ReminderPreference,
  { now, monotonicMs }: ReminderClock,
  { lastRemindedOn, lastSentMonotonicMs }: ReminderMemory
): { send: false } | { send: true; day: string } {
  if (!preference.enabled) return { send: false }
  const day = format(now, 'yyyy-MM-dd')
  if (format(now, 'HH:mm') < preference.time) return { send: false }
  if (lastSentMonotonicMs !== null && monotonicMs - lastSentMonotonicMs < MIN_GAP_MS) return { send: false }
  if (lastRemindedOn !== undefined) {
    const ahead = dayNumber(lastRemindedOn) - dayNumber(day)
    if (ahead >= 0 && ahead <= CLOCK_CORRECTION_DAYS) return { send: false }
  }
  return { send: true, day }
}

/** One desktop notification and the screen a click on it opens. */
export interface ReminderNotice {
  title: string
  body: string
  /** A path of the app's own (see openScreen.ts): the 1:1 view, a delegation, Action items or Team. */
  path: string
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`
/** A notification's body stays a line or two: the first few items, then how many more. */
const LISTED_ACTION_ITEMS = 3

/** "Ada", "Ada and Ben", "Ada, Ben and 3 others". */
function names(list: readonly string[]): string {
  if (list.length <= 2) return list.join(' and ')
  const rest = list.length - 2
  return `${list.slice(0, 2).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`
}

/**
 * At most three notices a day, one per kind of thing due, so a long list never floods the desktop. Each opens
 * the one screen it is about, or the Team screen's Today when it is about several.
 */
export function remindersFor({
  oneOnOnes,
  checkinsDue,
  actionItems,
  actionItemsDue
}: TodayView): ReminderNotice[] {
  const notices: ReminderNotice[] = []
  if (oneOnOnes.length > 0) {
    const only = oneOnOnes.length === 1 ? oneOnOnes[0]! : null
    notices.push({
      title: only ? `One-on-one with ${only.name} is due` : `${oneOnOnes.length} one-on-ones are due`,
      body: only
        ? [
            only.openActionItems > 0 && count(only.openActionItems, 'open action item', 'open action items'),
            only.checkinsDue.length > 0 && count(only.checkinsDue.length, 'check-in due', 'check-ins due')
          ]
            .filter(Boolean)
            .join(', ') || 'Open Leap to prepare.'
        : `With ${names(oneOnOnes.map((due) => due.name))}.`,
      path: only ? `/one-on-one/${only.memberId}` : '/team?show=today'
    })
  }
  if (checkinsDue.length > 0) {
    const only = checkinsDue.length === 1 ? checkinsDue[0]! : null
    notices.push({
      title: only ? `Check-in due: ${only.title}` : `${checkinsDue.length} check-ins are due`,
      body: only
        ? `With ${only.memberName}.`
        : `With ${names([...new Set(checkinsDue.map((due) => due.memberName))])}.`,
      path: only ? `/delegations/${only.delegationId}` : '/team?show=today'
    })
  }
  if (actionItemsDue > 0) {
    const only = actionItemsDue === 1 ? actionItems[0]! : null
    const listed = actionItems.slice(0, LISTED_ACTION_ITEMS).map((item) => item.text)
    const more = actionItemsDue - listed.length
    notices.push({
      title: only
        ? 'An action item of yours is due'
        : `${count(actionItemsDue, 'action item', 'action items')} of yours are due`,
      body: only
        ? only.text
        : [...listed, ...(more > 0 ? [`and ${more.toLocaleString('en')} more`] : [])].join(' · '),
      path: '/actions'
    })
  }
  return notices
}
