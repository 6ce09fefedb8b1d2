import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ById, Deleted, Id, LocalDate, RowMeta, optionalText } from './common'
import { DELEGATION_STATUSES } from './delegationVocabulary'
import { GOAL_STATUSES } from './goalVocabulary'

export const GoalStatus = z.enum(GOAL_STATUSES, { message: 'Choose a status: active, achieved or dropped.' })
export type GoalStatus = z.infer<typeof GoalStatus>

const Title = z
  .string({ message: 'Name the goal, for example "Lead a design review".' })
  .trim()
  .min(1, { message: 'Name the goal, for example "Lead a design review".' })
  .max(200, { message: 'Keep the goal under 200 characters; say more in "why".' })

/** A growth goal for one person: what they are growing towards, and why it matters to them. */
export const GoalCreate = z.strictObject({
  memberId: Id,
  title: Title,
  why: optionalText(4000),
  status: GoalStatus.optional()
})
export type GoalCreateInput = z.input<typeof GoalCreate>
export type GoalCreate = z.output<typeof GoalCreate>

/** A patch: fields left out keep their value. */
export const GoalUpdate = z.strictObject({
  id: Id,
  title: Title.optional(),
  why: optionalText(4000),
  status: GoalStatus.optional()
})
export type GoalUpdateInput = z.input<typeof GoalUpdate>
export type GoalUpdate = z.output<typeof GoalUpdate>

export const GoalList = z.strictObject({ memberId: Id })

/** A delegation that serves the goal, as the goal shows it. */
export const GoalDelegation = z.strictObject({
  id: Id,
  title: z.string(),
  authorityLevel: z.number().int(),
  status: z.enum(DELEGATION_STATUSES)
})
export type GoalDelegation = z.infer<typeof GoalDelegation>

/** Feedback that speaks to the goal; `givenOn` is null while it is still to deliver. */
export const GoalFeedback = z.strictObject({
  id: Id,
  kind: z.enum(['praise', 'redirect']),
  behaviour: z.string(),
  givenOn: LocalDate.nullable()
})
export type GoalFeedback = z.infer<typeof GoalFeedback>

export const Goal = z.strictObject({
  ...RowMeta,
  memberId: Id,
  title: z.string(),
  why: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  delegations: z.array(GoalDelegation),
  feedback: z.array(GoalFeedback)
})
export type Goal = z.infer<typeof Goal>

const goalReads = ['goals', 'members', 'delegations', 'feedback'] as const

export const goalsChannels = {
  'goals.list': { input: GoalList, output: z.array(Goal), reads: goalReads },
  'goals.create': { input: GoalCreate, output: Goal, writes: ['goals'] },
  'goals.update': { input: GoalUpdate, output: Goal, writes: ['goals'] },
  'goals.delete': { input: ById, output: Deleted, writes: ['goals'] },
  'goals.restore': { input: ById, output: Goal, writes: ['goals'] }
} as const satisfies Slice<'goals'>
