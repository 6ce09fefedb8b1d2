import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { Id, LocalDate } from './common'

/**
 * What is due today, from what the journal already holds: one-on-ones whose cadence has come round (counted
 * from the last one, or from when the person was added), check-ins due on active delegations, and the leader's
 * own action items due today or before. The Team screen's "Today" and the daily reminder both show this.
 */
export const TodayQuery = z.strictObject({ today: LocalDate })
export type TodayQuery = z.output<typeof TodayQuery>

export const DueCheckin = z.strictObject({
  delegationId: Id,
  memberId: Id,
  memberName: z.string(),
  title: z.string()
})
export type DueCheckin = z.output<typeof DueCheckin>

export const DueOneOnOne = z.strictObject({
  memberId: Id,
  name: z.string(),
  /** The day the cadence came round; earlier than today when overdue. */
  dueOn: LocalDate,
  lastOneOnOne: LocalDate.nullable(),
  /** What to prepare: open action items with this person (either side) and their check-ins due. */
  openActionItems: z.number().int().min(0),
  checkinsDue: z.array(DueCheckin)
})
export type DueOneOnOne = z.output<typeof DueOneOnOne>

export const DueActionItem = z.strictObject({
  id: Id,
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  text: z.string(),
  dueDate: LocalDate
})
export type DueActionItem = z.output<typeof DueActionItem>

export const TodayView = z.strictObject({
  today: LocalDate,
  /** Most overdue first, then by name. */
  oneOnOnes: z.array(DueOneOnOne),
  checkinsDue: z.array(DueCheckin),
  /** Mine (owner "me"), open, due today or overdue: the TODAY_ACTION_ITEMS due latest, today's first. */
  actionItems: z.array(DueActionItem),
  /** How many of mine are due in all: years of unticked items must not fill the Team screen. */
  actionItemsDue: z.number().int().min(0)
})
export type TodayView = z.output<typeof TodayView>

export const TODAY_ACTION_ITEMS = 5

/** "HH:MM", 24-hour, the leader's local time. */
export const REMINDER_TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export const ReminderPreference = z.strictObject({
  enabled: z.boolean(),
  time: z.string().regex(REMINDER_TIME, { message: 'Use a time of day like 09:00.' })
})
export type ReminderPreference = z.output<typeof ReminderPreference>
export const DEFAULT_REMINDERS: ReminderPreference = { enabled: true, time: '09:00' }

export const remindersChannels = {
  'reminders.today': {
    input: TodayQuery,
    output: TodayView,
    reads: [
      'members',
      'reflections',
      'away_periods',
      'one_on_one_skips',
      'delegations',
      'checkins',
      'action_items'
    ]
  }
} as const satisfies Slice<'reminders'>
