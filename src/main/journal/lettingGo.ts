import type { AreaLesson, LettingGoRecord, Lesson } from '../../shared/domain/delegations'
import { scorePrediction } from '../../shared/domain/predictions'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { requireMember } from './members'

/**
 * Whether letting go worked for one person: each check-in where the leader held back or asked questions, and
 * what the person did with that room (answered later), and each closed delegation's prediction beside its
 * outcome. Rows in the trash, with their delegation or on their own, do not count.
 */
export function lettingGoRecord(db: Db, memberId: string): LettingGoRecord {
  requireMember(db, memberId)
  const answers = sql(
    db,
    `SELECT c.id AS checkinId, d.id AS delegationId, d.title, c.date, c.worked_out AS workedOut, c.lesson
     FROM checkins c JOIN delegations d ON d.id = c.delegation_id
     WHERE d.member_id = ? AND c.deleted_at IS NULL AND d.deleted_at IS NULL
       AND c.leader_response IN ('held_back', 'asked_questions')
     ORDER BY c.date DESC, c.created_at DESC`
  ).all(memberId) as (Omit<Lesson, 'workedOut'> & { workedOut: Lesson['workedOut'] | null })[]
  const workedOut = { yes: 0, partly: 0, no: 0, unanswered: 0 }
  for (const answer of answers) workedOut[answer.workedOut ?? 'unanswered'] += 1
  const closed = sql(
    db,
    `SELECT id AS delegationId, title, success_estimate AS successEstimate, status, completed_on AS completedOn
     FROM delegations
     WHERE member_id = ? AND deleted_at IS NULL AND success_estimate IS NOT NULL
       AND status IN ('done', 'handed_back')
     ORDER BY completed_on DESC, created_at DESC`
  ).all(memberId) as Omit<LettingGoRecord['predictions'][number], 'verdict'>[]
  return {
    workedOut,
    lessons: answers.filter((answer): answer is Lesson => answer.workedOut !== null),
    predictions: closed.map((prediction) => ({
      ...prediction,
      verdict: scorePrediction(prediction.successEstimate, prediction.status) ?? 'as_expected'
    }))
  }
}

const AREA_LESSONS = 5

/**
 * What was learned on delegations that share a tag with a new one: their closing lessons and the lessons
 * people gave after the leader let go, newest first.
 */
export function areaLessons(
  db: Db,
  { tags, excludeId }: { tags: readonly string[]; excludeId?: string | undefined }
): AreaLesson[] {
  if (tags.length === 0) return []
  return sql(
    db,
    `WITH area AS (
       SELECT DISTINCT dt.delegation_id AS id FROM delegation_tags dt JOIN tags t ON t.id = dt.tag_id
       WHERE t.name IN (SELECT value FROM json_each(@tags)) AND dt.delegation_id IS NOT @excludeId
     )
     SELECT * FROM (
       SELECT d.id AS delegationId, d.title, m.name AS memberName, d.completed_on AS date, d.lessons AS lesson
       FROM area JOIN delegations d ON d.id = area.id JOIN members m ON m.id = d.member_id
       WHERE d.lessons IS NOT NULL AND d.completed_on IS NOT NULL AND d.deleted_at IS NULL AND m.deleted_at IS NULL
       UNION ALL
       SELECT d.id, d.title, m.name, c.date, c.lesson
       FROM area JOIN delegations d ON d.id = area.id JOIN members m ON m.id = d.member_id
       JOIN checkins c ON c.delegation_id = d.id
       WHERE c.lesson IS NOT NULL AND c.deleted_at IS NULL AND d.deleted_at IS NULL AND m.deleted_at IS NULL
     ) ORDER BY date DESC LIMIT ${AREA_LESSONS}`
  ).all({ tags: JSON.stringify(tags), excludeId: excludeId ?? null }) as AreaLesson[]
}
