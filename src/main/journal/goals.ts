import type { Goal, GoalCreate, GoalUpdate } from '../../shared/domain/goals'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { requireMember } from './members'
import { newId, now } from './rows'
import { moveToTrash, restoreFromTrash } from './trash'

/**
 * A goal with what serves it, read straight from the tables: its delegations (not in the trash) and the
 * feedback that speaks to it (not in the trash; still to deliver first, then newest given).
 */
const goalSelect = `
  SELECT g.id, g.member_id AS memberId, g.title, g.why, g.status, g.created_at AS createdAt,
    g.updated_at AS updatedAt,
    (SELECT json_group_array(json_object('id', id, 'title', title, 'authorityLevel', authority_level,
        'status', status))
      FROM (SELECT d.id, d.title, d.authority_level, d.status FROM delegations d
        WHERE d.goal_id = g.id AND d.deleted_at IS NULL ORDER BY d.created_at, d.id)) AS delegationsJson,
    (SELECT json_group_array(json_object('id', id, 'kind', kind, 'behaviour', behaviour, 'givenOn', given_on))
      FROM (SELECT f.id, f.kind, f.behaviour, f.given_on FROM feedback f
        WHERE f.goal_id = g.id AND f.deleted_at IS NULL
        ORDER BY f.given_on IS NOT NULL, f.given_on DESC, f.created_at DESC, f.id)) AS feedbackJson
  FROM goals g`

type GoalRow = Omit<Goal, 'delegations' | 'feedback'> & { delegationsJson: string; feedbackJson: string }

const toGoal = ({ delegationsJson, feedbackJson, ...row }: GoalRow): Goal => ({
  ...row,
  delegations: JSON.parse(delegationsJson) as Goal['delegations'],
  feedback: JSON.parse(feedbackJson) as Goal['feedback']
})

export function getGoal(db: Db, id: string): Goal {
  const row = sql(db, `${goalSelect} WHERE g.id = ? AND g.deleted_at IS NULL`).get(id) as GoalRow | undefined
  if (!row) throw new LeapError('not_found', 'This growth goal no longer exists. It may have been deleted.')
  return toGoal(row)
}

/**
 * Active goals first, then achieved, then dropped; in each, as they were set. The person is checked in the
 * same read; only an empty answer asks again whether they are there at all.
 */
export function listGoals(db: Db, memberId: string): Goal[] {
  const rows = sql(
    db,
    `${goalSelect} JOIN members m ON m.id = g.member_id AND m.deleted_at IS NULL
     WHERE g.member_id = ? AND g.deleted_at IS NULL
     ORDER BY CASE g.status WHEN 'active' THEN 0 WHEN 'achieved' THEN 1 ELSE 2 END, g.created_at, g.id`
  ).all(memberId) as GoalRow[]
  if (rows.length === 0) requireMember(db, memberId)
  return rows.map(toGoal)
}

export function createGoal(db: Db, input: GoalCreate): Goal {
  requireMember(db, input.memberId)
  const id = newId()
  const stamp = now()
  sql(
    db,
    `INSERT INTO goals (id, member_id, title, why, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
  ).run(id, input.memberId, input.title, input.why ?? null, input.status ?? 'active', stamp, stamp)
  return getGoal(db, id)
}

export function updateGoal(db: Db, { id, title, why, status }: GoalUpdate): Goal {
  const current = getGoal(db, id)
  sql(db, `UPDATE goals SET title = ?, why = ?, status = ?, updated_at = ? WHERE id = ?`).run(
    title ?? current.title,
    why === undefined ? current.why : why,
    status ?? current.status,
    now(),
    id
  )
  return getGoal(db, id)
}

/**
 * The goal a delegation may serve: one of the same person's, not in the trash. Said in the words of the
 * delegation form's field, which is where the choice is made.
 */
export function requireGoalOf(db: Db, goalId: string, memberId: string): void {
  const goal = sql(db, `SELECT member_id AS memberId, deleted_at AS deletedAt FROM goals WHERE id = ?`).get(
    goalId
  ) as { memberId: string; deletedAt: string | null } | undefined
  const message =
    goal === undefined || goal.deletedAt !== null
      ? 'This growth goal is no longer there (it may be in the trash). Choose another goal, or none.'
      : goal.memberId !== memberId
        ? 'A delegation can only serve a growth goal of the person it is delegated to. Choose one of theirs, or none.'
        : null
  if (message) throw new LeapError('invalid_input', message, { goalId: message })
}

type GoalsChannel = 'goals.list' | 'goals.create' | 'goals.update' | 'goals.delete' | 'goals.restore'

export const goalsHandlers: ChannelHandlers<GoalsChannel> = {
  'goals.list': ({ journal }, { memberId }) => listGoals(journal.db, memberId),
  'goals.create': ({ journal }, input) => createGoal(journal.db, input),
  'goals.update': ({ journal }, input) => updateGoal(journal.db, input),
  'goals.delete': ({ journal }, { id }) => moveToTrash(journal.db, 'goal', id),
  'goals.restore': ({ journal }, { id }) => {
    restoreFromTrash(journal.db, 'goal', id)
    return getGoal(journal.db, id)
  }
}
