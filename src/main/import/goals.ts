import { type GoalStatus } from '../../shared/domain/goals'
import { GOAL_STATUSES, GOAL_STATUS_LABELS } from '../../shared/domain/goalVocabulary'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { plainText, unescapePlain } from '../export/markdown'
import { sectionText, type SectionIn } from '../export/noteFormat'
import { isId, isTimestamp, sqliteLength } from './checks'
import type { Stamps } from './write'

/** A growth goal as its person's note holds it: kept by its id, which delegations serving it point to. */
export interface ParsedGoal {
  id: string
  title: string
  why: string | null
  status: GoalStatus
  createdAt: string | null
  updatedAt: string | null
}

const HEADING = new RegExp(`^### (?:(?:${Object.values(GOAL_STATUS_LABELS).join('|')}): )?(.*)$`, 'u')

/**
 * The goals of a person's note, each a section with its id and status in the marker; null when the note has
 * none. A goal whose marker lost its data, or whose title is empty or too long, makes the note refused.
 */
export function goalsOf(sections: readonly SectionIn[]): ParsedGoal[] | { reason: string } | null {
  const found = sections.filter((section) => section.key === 'goal')
  if (found.length === 0) return null
  const goals: ParsedGoal[] = []
  for (const { data, content } of found) {
    const d = data ?? {}
    const status = GOAL_STATUSES.find((s) => s === d.status)
    const title = unescapePlain(HEADING.exec(content.split('\n')[0] ?? '')?.[1] ?? '')
    if (!isId(d.id) || !status)
      return { reason: 'A growth goal in it has lost its data: export the person again.' }
    if (sqliteLength(title) < 1 || sqliteLength(title) > 200)
      return { reason: 'A growth goal in it has no title, or one over 200 characters.' }
    const why = sectionText(content)
    goals.push({
      id: d.id,
      title,
      why: why === '' ? null : why,
      status,
      createdAt: isTimestamp(d.created) ? d.created : null,
      updatedAt: isTimestamp(d.updated) ? d.updated : null
    })
  }
  return goals
}

interface CurrentGoal {
  memberId: string
  title: string
  why: string | null
  status: GoalStatus
  updatedAt: string
  deletedAt: string | null
}

export type GoalState = 'new' | 'unchanged' | 'changed' | 'elsewhere' | 'trashed'

/** A goal by id: new, the same as the journal's (texts as the export writes them), changed, someone else's, or in the trash. */
export function goalState(
  db: Db,
  goal: ParsedGoal,
  memberId: string
): { state: GoalState; updatedAt: string | null } {
  const current = sql(
    db,
    `SELECT member_id AS memberId, title, why, status, updated_at AS updatedAt, deleted_at AS deletedAt
     FROM goals WHERE id = ?`
  ).get(goal.id) as CurrentGoal | undefined
  if (!current) return { state: 'new', updatedAt: null }
  const state: GoalState =
    current.memberId !== memberId
      ? 'elsewhere'
      : current.deletedAt !== null
        ? 'trashed'
        : plainText(current.title) === plainText(goal.title) &&
            (current.why ?? '').trimEnd() === (goal.why ?? '') &&
            current.status === goal.status
          ? 'unchanged'
          : 'changed'
  return { state, updatedAt: current.updatedAt }
}

/** Whether the journal holds this goal for this person, out of the trash. */
export const liveGoalOf = (db: Db, goalId: string, memberId: string): boolean =>
  sql(db, 'SELECT 1 FROM goals WHERE id = ? AND member_id = ? AND deleted_at IS NULL').get(
    goalId,
    memberId
  ) !== undefined

export function writeGoal(db: Db, memberId: string, goal: ParsedGoal, stamps: Stamps, create: boolean): void {
  const values = { ...goal, memberId, ...stamps }
  sql(
    db,
    create
      ? `INSERT INTO goals (id, member_id, title, why, status, created_at, updated_at)
         VALUES (@id, @memberId, @title, @why, @status, @created, @updated)`
      : `UPDATE goals SET title = @title, why = @why, status = @status, updated_at = @updated WHERE id = @id`
  ).run(values)
}
