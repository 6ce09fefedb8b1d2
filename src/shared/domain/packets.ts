import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { Id, LocalDate } from './common'
import { InterventionCounts, Lesson, ScoredPrediction } from './delegations'
import { DELEGATION_STATUSES } from './delegationVocabulary'
import { GoalDelegation } from './goals'
import { memberReads } from './members'
import { FeedbackKind } from './feedback'

/** A person and a period (the last six months by default, on the screen): what a review is written from. */
export const PacketQuery = z
  .strictObject({ memberId: Id, from: LocalDate, to: LocalDate })
  .refine((query) => query.from <= query.to, {
    message: 'The start of the period must not be after its end.',
    path: ['to']
  })
export type PacketQuery = z.infer<typeof PacketQuery>

const rating = z.strictObject({
  count: z.number().int().min(0),
  /** Means of the first and the second half of the period's ratings; null without any. */
  firstHalf: z.number().nullable(),
  secondHalf: z.number().nullable()
})

/** Everything the review packet shows, for one person and one period. */
export const Packet = z.strictObject({
  member: z.strictObject({ id: Id, name: z.string(), role: z.string().nullable() }),
  from: LocalDate,
  to: LocalDate,
  /** Delegations under way at some point of the period, with the levels raised in it and how they ended. */
  delegations: z.array(
    z.strictObject({
      id: Id,
      title: z.string(),
      status: z.enum(DELEGATION_STATUSES),
      level: z.number().int(),
      raised: z.array(
        z.strictObject({
          from: z.number().int(),
          to: z.number().int(),
          on: LocalDate,
          reason: z.string().nullable()
        })
      ),
      outcome: z.string().nullable(),
      lessons: z.string().nullable(),
      completedOn: LocalDate.nullable()
    })
  ),
  interventions: InterventionCounts,
  lessons: z.array(Lesson),
  predictions: z.array(ScoredPrediction),
  mood: rating,
  stance: rating,
  actionItemsDone: z.array(
    z.strictObject({ id: Id, text: z.string(), owner: z.enum(['me', 'them']), doneOn: LocalDate })
  ),
  /** The period's one-on-ones and reflections about the person, each with its opening passage. */
  reflections: z.array(z.strictObject({ id: Id, date: LocalDate, title: z.string(), passage: z.string() })),
  /** Growth goals active or achieved in the period, each with the delegations serving it. */
  goals: z.array(
    z.strictObject({
      id: Id,
      title: z.string(),
      why: z.string().nullable(),
      status: z.enum(['active', 'achieved']),
      delegations: z.array(GoalDelegation)
    })
  ),
  /** Feedback given in the period, oldest first. */
  feedbackGiven: z.array(
    z.strictObject({
      id: Id,
      kind: FeedbackKind,
      givenOn: LocalDate,
      situation: z.string().nullable(),
      behaviour: z.string(),
      impact: z.string().nullable(),
      response: z.string().nullable()
    })
  )
})
export type Packet = z.infer<typeof Packet>

const saved = z.strictObject({ path: z.string().nullable() })

export const packetsChannels = {
  'packets.get': {
    input: PacketQuery,
    output: Packet,
    // The person it names reads what says whether they are due (members.ts).
    reads: [
      ...memberReads,
      'delegations',
      'authority_changes',
      'checkins',
      'action_items',
      'goals',
      'feedback'
    ]
  },
  /** The packet as one markdown file, where the system's save dialog says; null path when cancelled. */
  'packets.saveMarkdown': { input: PacketQuery, output: saved, writes: [] },
  /** The page on screen printed to PDF, where the system's save dialog says. */
  'packets.savePdf': { input: PacketQuery, output: saved, writes: [] }
} as const satisfies Slice<'packets'>
