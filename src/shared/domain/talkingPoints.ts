import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ActionOwner } from './actionItems'
import { ById, Deleted, Id, LocalDate, RowMeta, Timestamp } from './common'

const Text = z
  .string()
  .trim()
  .min(1, { message: 'Write the topic to bring up.' })
  .max(2000, { message: 'Keep a talking point under 2,000 characters.' })

/** A topic for the next one-on-one with a person: mine to raise, or theirs. */
export const TalkingPointCreate = z.strictObject({ memberId: Id, owner: ActionOwner, text: Text })
export type TalkingPointCreate = z.output<typeof TalkingPointCreate>

/** Ticked as discussed in a one-on-one (linked to its reflection), or open again with null. */
export const TalkingPointDiscuss = z.strictObject({ id: Id, reflectionId: Id.nullable() })
export type TalkingPointDiscuss = z.output<typeof TalkingPointDiscuss>

export const TalkingPointList = z.strictObject({
  memberId: Id,
  /** Also those discussed in this reflection (the one-on-one being written), after the open ones. */
  discussedIn: Id.optional()
})
export type TalkingPointList = z.output<typeof TalkingPointList>

export const TalkingPoint = z.strictObject({
  ...RowMeta,
  memberId: Id,
  owner: ActionOwner,
  text: z.string(),
  /** The day it was written down. */
  jottedOn: LocalDate,
  /** The reflection it was discussed in; null while it is open (or that reflection is in the trash). */
  reflectionId: Id.nullable(),
  discussedAt: Timestamp.nullable()
})
export type TalkingPoint = z.infer<typeof TalkingPoint>

export const talkingPointsChannels = {
  'talkingPoints.create': { input: TalkingPointCreate, output: TalkingPoint, writes: ['talking_points'] },
  'talkingPoints.discuss': {
    input: TalkingPointDiscuss,
    output: TalkingPoint,
    writes: ['talking_points', 'feedback']
  },
  'talkingPoints.list': {
    input: TalkingPointList,
    output: z.array(TalkingPoint),
    reads: ['talking_points', 'members', 'reflections']
  },
  'talkingPoints.delete': { input: ById, output: Deleted, writes: ['talking_points'] },
  'talkingPoints.restore': { input: ById, output: TalkingPoint, writes: ['talking_points'] }
} as const satisfies Slice<'talkingPoints'>
