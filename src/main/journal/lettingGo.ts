import type { LettingGoRecord, Lesson } from '../../shared/domain/delegations'
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
