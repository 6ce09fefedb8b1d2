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

/** Where a page of done items ends: the next starts after it (closed earlier, or at the same time with a lower id). */
export const DoneCursor = z.strictObject({ closedAt: Timestamp, id: Id })

export const ActionItemsDone = z.strictObject({
  before: DoneCursor.optional(),
  limit: z.number().int().min(1).max(500).optional()
})
export type ActionItemsDone = z.output<typeof ActionItemsDone>

export const ActionItemsDonePage = z.strictObject({ items: z.array(ActionItem), next: DoneCursor.nullable() })
export type ActionItemsDonePage = z.infer<typeof ActionItemsDonePage>

export const ActionItemsOpen = z.strictObject({
  owner: ActionOwner,
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(500).optional()
})
export type ActionItemsOpen = z.output<typeof ActionItemsOpen>

/** `next`: the offset of the page after it, or null at the end. */
export const ActionItemsOpenPage = z.strictObject({
  items: z.array(ActionItem),
  next: z.number().int().min(0).nullable()
})
export type ActionItemsOpenPage = z.infer<typeof ActionItemsOpenPage>

export const actionItemsChannels = {
  'actionItems.create': { input: ActionItemCreate, output: ActionItem, writes: ['action_items'] },
  'actionItems.update': { input: ActionItemUpdate, output: ActionItem, writes: ['action_items'] },
  'actionItems.list': {
    input: ActionItemList,
    output: z.array(ActionItem),
    reads: ['action_items', 'members']
  },
  // Mine or theirs still open, overdue first, in pages: a journal can hold thousands.
  'actionItems.open': {
    input: ActionItemsOpen,
    output: ActionItemsOpenPage,
    reads: ['action_items', 'members']
  },
  // What was done, the latest first, in pages: ten years of a team's done items are tens of thousands.
  'actionItems.done': {
    input: ActionItemsDone,
    output: ActionItemsDonePage,
    reads: ['action_items', 'members']
  },
  'actionItems.delete': { input: ById, output: Deleted, writes: ['action_items'] },
  'actionItems.restore': { input: ById, output: ActionItem, writes: ['action_items'] }
} as const satisfies Slice<'actionItems'>
