import { z } from 'zod'
import { ActionItem } from './actionItems'
import { Id, LocalDate } from './common'
import { Member } from './members'
import { ReflectionKind } from './reflections'

export const OneOnOnePrepQuery = z.strictObject({
  memberId: Id,
  /** The reflection being written now, so "last time" means the one before it. */
  excludeReflectionId: Id.optional()
})
export type OneOnOnePrepQuery = z.output<typeof OneOnOnePrepQuery>

/** Everything the leader wants in view before and while writing up a one-on-one. */
export const OneOnOnePrep = z.strictObject({
  member: Member,
  openActionItems: z.array(ActionItem),
  activeDelegations: z.array(
    z.strictObject({
      id: Id,
      title: z.string(),
      authorityLevel: z.number().int(),
      checkinEveryDays: z.number().int().nullable(),
      startedOn: LocalDate.nullable(),
      dueDate: LocalDate.nullable(),
      lastCheckin: z
        .strictObject({ date: LocalDate, signal: z.string(), leaderResponse: z.string() })
        .nullable()
    })
  ),
  lastReflection: z
    .strictObject({
      id: Id,
      date: LocalDate,
      title: z.string(),
      mood: z.number().nullable(),
      stance: z.number().nullable()
    })
    .nullable()
})
export type OneOnOnePrep = z.infer<typeof OneOnOnePrep>

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
    progress: z.string().nullable()
  }),
  z.strictObject({
    kind: z.literal('action_item'),
    id: Id,
    date: LocalDate,
    text: z.string(),
    owner: z.string(),
    status: z.string(),
    dueDate: LocalDate.nullable()
  })
])
export type TimelineItem = z.infer<typeof TimelineItem>

export const TimelinePage = z.strictObject({ items: z.array(TimelineItem), next: TimelineCursor.nullable() })
export type TimelinePage = z.infer<typeof TimelinePage>
