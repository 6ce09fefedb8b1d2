import { z } from 'zod'
import type { Slice } from '../ipc/dataSets'
import { ById, Deleted, Id, LocalDate, RowMeta, Timestamp, optionalDate } from './common'

export const ACTION_OWNERS = ['me', 'them'] as const
export const ActionOwner = z.enum(ACTION_OWNERS, { message: 'Choose who owns it: me or them.' })
export type ActionOwner = z.infer<typeof ActionOwner>

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const
export const ActionStatus = z.enum(ACTION_STATUSES, { message: 'Status is open, done or dropped.' })
export type ActionStatus = z.infer<typeof ActionStatus>

const Text = z
  .string()
  .trim()
  .min(1, { message: 'Write what needs doing.' })
  .max(2000, { message: 'Keep an action item under 2,000 characters.' })

export const ActionItemCreate = z.strictObject({
  memberId: Id,
  reflectionId: Id.nullable().optional(),
  owner: ActionOwner,
  text: Text,
  dueDate: optionalDate
})
export type ActionItemCreate = z.output<typeof ActionItemCreate>

export const ActionItemUpdate = z.strictObject({
  id: Id,
  owner: ActionOwner.optional(),
  text: Text.optional(),
  dueDate: optionalDate,
  status: ActionStatus.optional()
})
export type ActionItemUpdate = z.output<typeof ActionItemUpdate>

export const ActionItemList = z.strictObject({
  memberId: Id.optional(),
  reflectionId: Id.optional(),
  status: ActionStatus.optional()
})
export type ActionItemList = z.output<typeof ActionItemList>

export const ActionItem = z.strictObject({
  ...RowMeta,
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  reflectionId: Id.nullable(),
  owner: ActionOwner,
  text: z.string(),
  dueDate: LocalDate.nullable(),
  status: ActionStatus,
  closedAt: Timestamp.nullable()
})
export type ActionItem = z.infer<typeof ActionItem>

export const actionItemsChannels = {
  'actionItems.create': { input: ActionItemCreate, output: ActionItem, writes: ['action_items'] },
  'actionItems.update': { input: ActionItemUpdate, output: ActionItem, writes: ['action_items'] },
  'actionItems.list': {
    input: ActionItemList,
    output: z.array(ActionItem),
    reads: ['action_items', 'members']
  },
  'actionItems.delete': { input: ById, output: Deleted, writes: ['action_items'] },
  'actionItems.restore': { input: ById, output: ActionItem, writes: ['action_items'] }
} as const satisfies Slice<'actionItems'>
