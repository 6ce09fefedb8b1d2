import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ById, Deleted, Id, LocalDate, RowMeta, Timestamp, optionalDate, optionalText } from './common'
import { GOAL_STATUSES } from './goalVocabulary'
import { ReflectionKind } from './reflections'
import { WORKED_OUT_ANSWERS } from './delegationVocabulary'
import { FeedbackKind } from './feedback'

const cadenceMessage = 'Use a whole number of days from 1 to 365.'

export const MemberFields = z.strictObject({
  name: z
    .string({ message: 'Enter a name.' })
    .trim()
    .min(1, { message: 'Enter a name.' })
    .max(200, { message: 'Keep the name under 200 characters.' }),
  role: optionalText(200),
  team: optionalText(200),
  email: z
    .union([
      z.literal('').transform(() => null),
      z.email({ message: 'Enter an email address like ana@example.com, or leave it empty.' })
    ])
    .nullable()
    .optional(),
  startDate: optionalDate,
  strengths: optionalText(20_000),
  growthAreas: optionalText(20_000),
  aspirations: optionalText(20_000),
  notes: optionalText(200_000),
  cadenceDays: z
    .number({ message: cadenceMessage })
    .int({ message: cadenceMessage })
    .min(1, { message: cadenceMessage })
    .max(365, { message: cadenceMessage })
    .optional()
})
export type MemberFieldsInput = z.input<typeof MemberFields>

export const MemberCreate = MemberFields
export type MemberCreate = z.output<typeof MemberCreate>

/** A patch: fields left out keep their value. */
export const MemberUpdate = z.strictObject({ id: Id, ...MemberFields.partial().shape })
export type MemberUpdate = z.output<typeof MemberUpdate>

export const MemberList = z.strictObject({
  includeArchived: z.boolean().optional(),
  /** The window's day: one-on-ones dated after it are not the last one held (Team's rows, as Today). */
  today: LocalDate.optional()
})
export type MemberList = z.output<typeof MemberList>

export const MemberArchive = z.strictObject({ id: Id, archived: z.boolean() })
export type MemberArchive = z.output<typeof MemberArchive>

export const Member = z.strictObject({
  ...RowMeta,
  name: z.string(),
  role: z.string().nullable(),
  team: z.string().nullable(),
  email: z.string().nullable(),
  startDate: LocalDate.nullable(),
  strengths: z.string().nullable(),
  growthAreas: z.string().nullable(),
  aspirations: z.string().nullable(),
  notes: z.string().nullable(),
  cadenceDays: z.number().int(),
  archivedAt: Timestamp.nullable(),
  /** The day of the latest one-on-one reflection with this person, if any. */
  lastOneOnOne: LocalDate.nullable(),
  /** The day of the latest one-on-one skipped with a reason, if any. */
  lastSkipped: LocalDate.nullable(),
  /** Time away since the one-on-one clock last started (see shared/domain/cadence.ts), oldest first. */
  away: z.array(z.strictObject({ startsOn: LocalDate, endsOn: LocalDate }))
})
export type Member = z.infer<typeof Member>

export const TimelineCursor = z.strictObject({ date: LocalDate, id: Id })

export const TimelineQuery = z.strictObject({
  memberId: Id,
  before: TimelineCursor.optional(),
  limit: z.number().int().min(1).max(200).optional()
})
export type TimelineQuery = z.output<typeof TimelineQuery>

export const TimelineItem = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('reflection'),
    id: Id,
    date: LocalDate,
    title: z.string(),
    excerpt: z.string(),
    reflectionKind: ReflectionKind,
    mood: z.number().nullable(),
    stance: z.number().nullable()
  }),
  z.strictObject({
    kind: z.literal('checkin'),
    id: Id,
    date: LocalDate,
    delegationId: Id,
    delegationTitle: z.string(),
    signal: z.string(),
    leaderResponse: z.string(),
    progress: z.string().nullable(),
    /** Whether they worked it out, after the leader let go here, and what they learned. */
    workedOut: z.enum(WORKED_OUT_ANSWERS).nullable(),
    lesson: z.string().nullable()
  }),
  z.strictObject({
    kind: z.literal('action_item'),
    id: Id,
    date: LocalDate,
    text: z.string(),
    owner: z.string(),
    status: z.string(),
    dueDate: LocalDate.nullable()
  }),
  z.strictObject({
    kind: z.literal('talking_point'),
    id: Id,
    /** The day it was jotted down. */
    date: LocalDate,
    text: z.string(),
    owner: z.string(),
    /** The one-on-one it was discussed in, or null while it is open. */
    reflectionId: Id.nullable()
  }),
  z.strictObject({
    kind: z.literal('away'),
    id: Id,
    /** The first day away. */
    date: LocalDate,
    endsOn: LocalDate,
    note: z.string().nullable()
  }),
  z.strictObject({ kind: z.literal('skip'), id: Id, date: LocalDate, reason: z.string() }),
  z.strictObject({
    kind: z.literal('goal'),
    id: Id,
    /** The day the goal was set: a fixed point, where its status (shown with it) keeps changing. */
    date: LocalDate,
    title: z.string(),
    status: z.enum(GOAL_STATUSES)
  }),
  z.strictObject({
    kind: z.literal('feedback'),
    id: Id,
    /** The day it was given: feedback still to deliver is not in the timeline yet. */
    date: LocalDate,
    feedbackKind: FeedbackKind,
    behaviour: z.string(),
    response: z.string().nullable(),
    /** The one-on-one it was delivered in, if it was. */
    reflectionId: Id.nullable()
  })
])
export type TimelineItem = z.infer<typeof TimelineItem>

export const TimelinePage = z.strictObject({ items: z.array(TimelineItem), next: TimelineCursor.nullable() })
export type TimelinePage = z.infer<typeof TimelinePage>

/** Lists show a person's last one-on-one and time away (whether they are due), so they read those too. */
export const memberReads = ['members', 'reflections', 'away_periods', 'one_on_one_skips'] as const

export const membersChannels = {
  'members.create': { input: MemberCreate, output: Member, writes: ['members'] },
  'members.update': { input: MemberUpdate, output: Member, writes: ['members'] },
  'members.list': { input: MemberList, output: z.array(Member), reads: memberReads },
  'members.get': { input: ById, output: Member, reads: memberReads },
  'members.archive': { input: MemberArchive, output: Member, writes: ['members'] },
  'members.delete': { input: ById, output: Deleted, writes: ['members'] },
  'members.restore': { input: ById, output: Member, writes: ['members'] },
  'members.timeline': {
    input: TimelineQuery,
    output: TimelinePage,
    reads: [...memberReads, 'action_items', 'delegations', 'checkins', 'talking_points', 'goals', 'feedback']
  }
} as const satisfies Slice<'members'>
