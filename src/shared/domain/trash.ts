import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { Id, Timestamp } from './common'

export const TRASH_KINDS = [
  'member',
  'reflection',
  'delegation',
  'action_item',
  'checkin',
  'talking_point',
  'away_period',
  'skip',
  'goal',
  'feedback'
] as const
export const TrashKind = z.enum(TRASH_KINDS)
export type TrashKind = z.infer<typeof TrashKind>

export const TrashItem = z.strictObject({
  kind: TrashKind,
  id: Id,
  title: z.string(),
  /** Who or what it belonged to, for telling similar titles apart. */
  context: z.string().nullable(),
  deletedAt: Timestamp
})
export type TrashItem = z.infer<typeof TrashItem>

export const trashChannels = {
  'trash.list': {
    input: z.strictObject({}),
    output: z.array(TrashItem),
    reads: [
      'members',
      'reflections',
      'delegations',
      'action_items',
      'checkins',
      'talking_points',
      'away_periods',
      'one_on_one_skips',
      'goals',
      'feedback'
    ]
  }
} as const satisfies Slice<'trash'>
