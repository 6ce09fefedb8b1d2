import type {
  ActionItem,
  ActionItemCreate,
  ActionItemList,
  ActionItemUpdate,
  ActionItemsDone,
  ActionItemsDonePage,
  ActionItemsOpen,
  ActionItemsOpenPage
} from '../../shared/domain/actionItems'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { whereClause } from '../db/where'
import { requireMember } from './members'
import { getReflection } from './reflections'
import { newId, now } from './rows'
import { moveToTrash, restoreFromTrash } from './trash'

const actionItemColumns = `
  a.id, a.member_id AS memberId, m.name AS memberName, a.reflection_id AS reflectionId, a.owner, a.text,
  a.due_date AS dueDate, a.status, a.closed_at AS closedAt, a.created_at AS createdAt, a.updated_at AS updatedAt`

const fromActionItems = 'FROM action_items a LEFT JOIN members m ON m.id = a.member_id'

/** Open first; among open items, overdue and soonest due first, undated last; then newest. */
const actionItemOrder = `ORDER BY a.status = 'open' DESC, a.due_date IS NULL, a.due_date, a.created_at DESC`

export function getActionItem(db: Db, id: string): ActionItem {
  const item = sql(
    db,
    `SELECT ${actionItemColumns} ${fromActionItems} WHERE a.id = ? AND a.deleted_at IS NULL`
  ).get(id) as ActionItem | undefined
  if (!item) throw new LeapError('not_found', 'This action item no longer exists.')
  return item
}

export function createActionItem(db: Db, input: ActionItemCreate): ActionItem {
  requireMember(db, input.memberId)
  if (input.reflectionId) {
    const reflection = getReflection(db, input.reflectionId)
    if (reflection.memberId !== input.memberId) {
      throw new LeapError(
        'invalid_input',
        'This action item belongs to a different person than its reflection.'
      )
    }
  }
  const id = newId()
  const stamp = now()
  sql(
    db,
    `INSERT INTO action_items (id, member_id, reflection_id, owner, text, due_date, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)`
  ).run(
    id,
    input.memberId,
    input.reflectionId ?? null,
    input.owner,
    input.text,
    input.dueDate ?? null,
    stamp,
    stamp
  )
  return getActionItem(db, id)
}

export function updateActionItem(db: Db, { id, ...patch }: ActionItemUpdate): ActionItem {
  const current = getActionItem(db, id)
  const stamp = now()
  const status = patch.status ?? current.status
  const closedAt = status === 'open' ? null : status === current.status ? current.closedAt : stamp
  sql(
    db,
    `UPDATE action_items SET owner = ?, text = ?, due_date = ?, status = ?, closed_at = ?, updated_at = ? WHERE id = ?`
  ).run(
    patch.owner ?? current.owner,
    patch.text ?? current.text,
    patch.dueDate === undefined ? current.dueDate : patch.dueDate,
    status,
    closedAt,
    stamp,
    id
  )
  return getActionItem(db, id)
}

/** Action items carry forward: open ones show in every later one-on-one with that person until closed. */
export function listActionItems(db: Db, query: ActionItemList): ActionItem[] {
  const where = whereClause(['a.deleted_at IS NULL', '(m.id IS NULL OR m.deleted_at IS NULL)'])
  where.filter('a.member_id = @memberId', { memberId: query.memberId })
  where.filter('a.reflection_id = @reflectionId', { reflectionId: query.reflectionId })
  where.filter('a.status = @status', { status: query.status })
  return sql(db, `SELECT ${actionItemColumns} ${fromActionItems} ${where.sql} ${actionItemOrder}`).all(
    where.params
  ) as ActionItem[]
}

const PAGE = 100

/** Mine or theirs still open, in the order of `actionItemOrder`, a page at a time. */
export function openActionItems(
  db: Db,
  { owner, offset = 0, limit = PAGE }: ActionItemsOpen
): ActionItemsOpenPage {
  const rows = sql(
    db,
    `SELECT ${actionItemColumns} ${fromActionItems}
     WHERE a.status = 'open' AND a.owner = @owner AND a.deleted_at IS NULL AND (m.id IS NULL OR m.deleted_at IS NULL)
     ${actionItemOrder}, a.id LIMIT @limit OFFSET @offset`
  ).all({ owner, offset, limit: limit + 1 }) as ActionItem[]
  return { items: rows.slice(0, limit), next: rows.length > limit ? offset + limit : null }
}

/** Done items, the latest closed first, a page at a time (through the partial index of done items). */
export function doneActionItems(db: Db, { before, limit = PAGE }: ActionItemsDone): ActionItemsDonePage {
  const rows = sql(
    db,
    `SELECT ${actionItemColumns} ${fromActionItems}
     WHERE a.status = 'done' AND a.deleted_at IS NULL AND (m.id IS NULL OR m.deleted_at IS NULL)
       AND (@beforeAt IS NULL OR a.closed_at < @beforeAt OR (a.closed_at = @beforeAt AND a.id < @beforeId))
     ORDER BY a.closed_at DESC, a.id DESC LIMIT @limit`
  ).all({ beforeAt: before?.closedAt ?? null, beforeId: before?.id ?? '', limit: limit + 1 }) as ActionItem[]
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return {
    items,
    next: rows.length > limit && last?.closedAt ? { closedAt: last.closedAt, id: last.id } : null
  }
}

type ActionItemsChannel =
  | 'actionItems.create'
  | 'actionItems.update'
  | 'actionItems.list'
  | 'actionItems.open'
  | 'actionItems.done'
  | 'actionItems.delete'
  | 'actionItems.restore'

export const actionItemsHandlers: ChannelHandlers<ActionItemsChannel> = {
  'actionItems.create': ({ journal }, input) => createActionItem(journal.db, input),
  'actionItems.update': ({ journal }, input) => updateActionItem(journal.db, input),
  'actionItems.list': ({ journal }, input) => listActionItems(journal.db, input),
  'actionItems.open': ({ journal }, input) => openActionItems(journal.db, input),
  'actionItems.done': ({ journal }, input) => doneActionItems(journal.db, input),
  'actionItems.delete': ({ journal }, { id }) => moveToTrash(journal.db, 'action_item', id),
  'actionItems.restore': ({ journal }, { id }) => {
    restoreFromTrash(journal.db, 'action_item', id)
    return getActionItem(journal.db, id)
  }
}
