import type { TrashItem, TrashKind } from '../../shared/domain/trash'
import type { JOURNAL_TABLES } from '../../shared/ipc/dataSets'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { now } from './rows'

type Table = (typeof JOURNAL_TABLES)[number]

interface TrashShape {
  table: Table
  /**
   * What goes to the trash with it: the rows of these tables whose `key` is its id (or its column `via`),
   * and, with `when`, only those that meet it.
   */
  children: readonly { table: Table; key: string; via?: string; when?: string }[]
  /** The kind in a sentence: "There is no <what> with this id." */
  what: string
}

/**
 * Every kind that can go to the trash. A trashed member's rows stay where they are (lists skip the rows of
 * trashed members), so restoring the member brings everything back as it was.
 */
const SHAPES: Record<TrashKind, TrashShape> = {
  member: { table: 'members', children: [], what: 'team member' },
  reflection: {
    table: 'reflections',
    children: [{ table: 'action_items', key: 'reflection_id' }],
    what: 'reflection'
  },
  delegation: {
    table: 'delegations',
    children: [
      { table: 'checkins', key: 'delegation_id' },
      { table: 'authority_changes', key: 'delegation_id' }
    ],
    what: 'delegation'
  },
  action_item: { table: 'action_items', children: [], what: 'action item' },
  checkin: { table: 'checkins', children: [], what: 'check-in' },
  talking_point: { table: 'talking_points', children: [], what: 'talking point' },
  away_period: { table: 'away_periods', children: [], what: 'time away' },
  skip: { table: 'one_on_one_skips', children: [], what: 'skipped one-on-one' },
  goal: { table: 'goals', children: [], what: 'growth goal' },
  // Feedback to deliver takes the talking point that carries it; one already discussed stays with its 1:1.
  feedback: {
    table: 'feedback',
    children: [
      { table: 'talking_points', key: 'id', via: 'talking_point_id', when: 'reflection_id IS NULL' }
    ],
    what: 'feedback'
  }
}

/** The child rows of one parent row, as SQL: a `via` link is read off the parent. */
function childOf(table: Table, child: TrashShape['children'][number]): string {
  const parentKey = child.via ? `(SELECT ${child.via} FROM ${table} WHERE id = ?)` : '?'
  return `${child.key} = ${parentKey}${child.when ? ` AND ${child.when}` : ''}`
}

function deletedAt(db: Db, kind: TrashKind, id: string): string | null {
  const { table, what } = SHAPES[kind]
  const row = sql(db, `SELECT deleted_at AS deletedAt FROM ${table} WHERE id = ?`).get(id) as
    { deletedAt: string | null } | undefined
  if (!row) throw new LeapError('not_found', `There is no ${what} with this id. It may have been removed.`)
  return row.deletedAt
}

/**
 * To the trash: the row and its children (those not already in the trash) get one `deleted_at` stamp, so
 * restoring brings back exactly what went together and leaves alone what was trashed on its own before.
 * Only `deleted_at` changes: `updated_at` is the content's version, which an open editor builds on.
 * Already in the trash: nothing changes.
 */
export function moveToTrash(db: Db, kind: TrashKind, id: string): { id: string } {
  if (deletedAt(db, kind, id) !== null) return { id }
  const { table, children } = SHAPES[kind]
  const stamp = now()
  sql(db, `UPDATE ${table} SET deleted_at = ? WHERE id = ?`).run(stamp, id)
  for (const child of children) {
    sql(
      db,
      `UPDATE ${child.table} SET deleted_at = ? WHERE ${childOf(table, child)} AND deleted_at IS NULL`
    ).run(stamp, id)
  }
  return { id }
}

/** Out of the trash, with the children that went with it (same stamp). Not in the trash: nothing changes. */
export function restoreFromTrash(db: Db, kind: TrashKind, id: string): void {
  const stamp = deletedAt(db, kind, id)
  if (stamp === null) return
  const { table, children } = SHAPES[kind]
  sql(db, `UPDATE ${table} SET deleted_at = NULL WHERE id = ?`).run(id)
  for (const child of children) {
    sql(
      db,
      `UPDATE ${child.table} SET deleted_at = NULL WHERE ${childOf(table, child)} AND deleted_at = ?`
    ).run(id, stamp)
  }
}

/** Everything in the trash, most recently deleted first. Children deleted with a parent are listed once. */
export function listTrash(db: Db): TrashItem[] {
  return sql(
    db,
    `SELECT 'member' AS kind, id, name AS title, role AS context, deleted_at AS deletedAt
       FROM members WHERE deleted_at IS NOT NULL
     UNION ALL
     SELECT 'reflection', r.id, r.title, m.name, r.deleted_at
       FROM reflections r LEFT JOIN members m ON m.id = r.member_id WHERE r.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'delegation', d.id, d.title, m.name, d.deleted_at
       FROM delegations d LEFT JOIN members m ON m.id = d.member_id WHERE d.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'checkin', c.id, 'Check-in ' || c.date || ': ' || d.title, m.name, c.deleted_at
       FROM checkins c JOIN delegations d ON d.id = c.delegation_id LEFT JOIN members m ON m.id = d.member_id
       WHERE c.deleted_at IS NOT NULL AND d.deleted_at IS NOT c.deleted_at
     UNION ALL
     SELECT 'action_item', a.id, a.text, m.name, a.deleted_at
       FROM action_items a LEFT JOIN members m ON m.id = a.member_id
       LEFT JOIN reflections r ON r.id = a.reflection_id
       WHERE a.deleted_at IS NOT NULL AND (r.id IS NULL OR r.deleted_at IS NOT a.deleted_at)
     UNION ALL
     SELECT 'talking_point', t.id, t.text, m.name, t.deleted_at
       FROM talking_points t JOIN members m ON m.id = t.member_id WHERE t.deleted_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.talking_point_id = t.id AND f.deleted_at = t.deleted_at)
     UNION ALL
     SELECT 'away_period', w.id, 'Away ' || w.starts_on || ' to ' || w.ends_on, m.name, w.deleted_at
       FROM away_periods w JOIN members m ON m.id = w.member_id WHERE w.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'skip', s.id, 'Skipped one-on-one on ' || s.date || ': ' || s.reason, m.name, s.deleted_at
       FROM one_on_one_skips s JOIN members m ON m.id = s.member_id WHERE s.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'goal', g.id, g.title, m.name, g.deleted_at
       FROM goals g JOIN members m ON m.id = g.member_id WHERE g.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'feedback', f.id, upper(substr(f.kind, 1, 1)) || substr(f.kind, 2) || ': ' || f.behaviour, m.name,
       f.deleted_at
       FROM feedback f JOIN members m ON m.id = f.member_id WHERE f.deleted_at IS NOT NULL
     ORDER BY deletedAt DESC`
  ).all() as TrashItem[]
}

export const trashHandlers: ChannelHandlers<'trash.list'> = {
  'trash.list': ({ journal }) => listTrash(journal.db)
}
