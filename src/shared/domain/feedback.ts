import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ById, Deleted, Id, EnteredDate, LocalDate, RowMeta, optionalText } from './common'
import { FEEDBACK_KINDS } from './feedbackVocabulary'

export const FeedbackKind = z.enum(FEEDBACK_KINDS, { message: 'Choose praise or redirect.' })
export type FeedbackKind = z.infer<typeof FeedbackKind>

const Behaviour = z
  .string({ message: 'Write the behaviour: what they did or said.' })
  .trim()
  .min(1, { message: 'Write the behaviour: what they did or said.' })
  .max(4000, { message: 'Keep the behaviour under 4,000 characters.' })

const texts = {
  situation: optionalText(4000),
  impact: optionalText(4000),
  response: optionalText(4000)
}

export const FeedbackCreate = z
  .strictObject({
    memberId: Id,
    kind: FeedbackKind,
    ...texts,
    behaviour: Behaviour,
    /** The day it was given; null: still to deliver, at the next one-on-one (it becomes a talking point). */
    givenOn: EnteredDate.nullable(),
    /** The person's growth goal it speaks to. */
    goalId: Id.nullable().optional()
  })
  .refine((input) => input.givenOn !== null || !input.response, {
    message: 'Their response comes once the feedback is given: leave it empty for feedback to deliver.',
    path: ['response']
  })
export type FeedbackCreate = z.output<typeof FeedbackCreate>

export const FeedbackUpdate = z.strictObject({
  id: Id,
  kind: FeedbackKind.optional(),
  ...texts,
  behaviour: Behaviour.optional(),
  /** Another day for feedback already given (feedback to deliver is given with `feedback.deliver`). */
  givenOn: EnteredDate.optional(),
  goalId: Id.nullable().optional()
})
export type FeedbackUpdate = z.output<typeof FeedbackUpdate>

/**
 * Feedback to deliver, given: in a one-on-one (`reflectionId`: on its day, and its talking point ticked as
 * discussed there), or on a day of its own.
 */
export const FeedbackDeliver = z
  .strictObject({
    id: Id,
    reflectionId: Id.optional(),
    givenOn: EnteredDate.optional(),
    response: texts.response
  })
  .refine((input) => (input.reflectionId === undefined) !== (input.givenOn === undefined), {
    message: 'Say when it was given: in a one-on-one, or on a day.',
    path: ['givenOn']
  })
export type FeedbackDeliver = z.output<typeof FeedbackDeliver>

export const FeedbackList = z.strictObject({ memberId: Id })
export type FeedbackList = z.output<typeof FeedbackList>

export const FeedbackSummaryQuery = z.strictObject({
  memberId: Id,
  /** The leader's today (their calendar); main's own day when left out. */
  today: LocalDate.optional()
})
export type FeedbackSummaryQuery = z.output<typeof FeedbackSummaryQuery>

export const Feedback = z.strictObject({
  ...RowMeta,
  memberId: Id,
  kind: FeedbackKind,
  situation: z.string().nullable(),
  behaviour: z.string(),
  impact: z.string().nullable(),
  response: z.string().nullable(),
  /** null: still to deliver. */
  givenOn: LocalDate.nullable(),
  /** The talking point that carries feedback to deliver into the next one-on-one. */
  talkingPointId: Id.nullable(),
  goalId: Id.nullable()
})
export type Feedback = z.infer<typeof Feedback>

export const FeedbackSummary = z.strictObject({
  /** Feedback given in the last FEEDBACK_COUNT_DAYS days, today included. */
  praise: z.number().int(),
  redirect: z.number().int(),
  toDeliver: z.number().int(),
  lastPraiseOn: LocalDate.nullable(),
  /**
   * No praise in PRAISE_NUDGE_DAYS days, for someone the journal has known that long (added that long ago,
   * or with an entry that old) or who has had praise before.
   */
  nudge: z.boolean()
})
export type FeedbackSummary = z.infer<typeof FeedbackSummary>

export const feedbackChannels = {
  'feedback.create': { input: FeedbackCreate, output: Feedback, writes: ['feedback', 'talking_points'] },
  'feedback.update': { input: FeedbackUpdate, output: Feedback, writes: ['feedback', 'talking_points'] },
  'feedback.deliver': { input: FeedbackDeliver, output: Feedback, writes: ['feedback', 'talking_points'] },
  'feedback.list': {
    input: FeedbackList,
    output: z.array(Feedback),
    reads: ['feedback', 'members']
  },
  'feedback.summary': {
    input: FeedbackSummaryQuery,
    output: FeedbackSummary,
    reads: ['feedback', 'members', 'reflections']
  },
  'feedback.delete': { input: ById, output: Deleted, writes: ['feedback', 'talking_points'] },
  'feedback.restore': { input: ById, output: Feedback, writes: ['feedback', 'talking_points'] }
} as const satisfies Slice<'feedback'>
