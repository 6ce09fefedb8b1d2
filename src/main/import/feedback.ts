import { FEEDBACK_KINDS } from '../../shared/domain/feedbackVocabulary'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ExportFeedback } from '../export/feedbackNotes'
import { labelledText, sectionText, type SectionIn } from '../export/noteFormat'
import { talkingPointText } from '../journal/feedback'
import { isDay, isId, isTimestamp } from './checks'
import { sameText } from './compare'
import { stampsFor } from './rules'

/** Feedback as a note lists it; times are null when the note gives none (the row is then stamped now). */
export type ParsedFeedback = Omit<ExportFeedback, 'createdAt' | 'updatedAt'> & {
  createdAt: string | null
  updatedAt: string | null
}

const TEXTS: Record<string, 'situation' | 'impact' | 'response'> = {
  'feedback-situation': 'situation',
  'feedback-impact': 'impact',
  'feedback-response': 'response'
}

const orNull = (text: string) => (text === '' ? null : text)

/**
 * The feedback sections of a person's note, each with its data in the marker and its texts in the sections
 * after it; null when the note has none, a reason when one has lost its data.
 */
export function feedbackOf(sections: readonly SectionIn[]): ParsedFeedback[] | null | { reason: string } {
  const list: ParsedFeedback[] = []
  for (const { key, data, content } of sections) {
    if (key === 'feedback') {
      const d = data ?? {}
      const kind = FEEDBACK_KINDS.find((k) => k === d.kind)
      const givenOn = d.given === null ? null : isDay(d.given) ? d.given : undefined
      if (!isId(d.id) || !kind || givenOn === undefined || (d.goal !== undefined && !isId(d.goal)))
        return { reason: 'A piece of feedback in it has lost its data: export the person again.' }
      list.push({
        id: d.id,
        kind,
        situation: null,
        behaviour: sectionText(content),
        impact: null,
        response: null,
        givenOn,
        goalId: (d.goal as string | undefined) ?? null,
        createdAt: isTimestamp(d.created) ? d.created : null,
        updatedAt: isTimestamp(d.updated) ? d.updated : null
      })
    } else if (key in TEXTS && list.length > 0) {
      list.at(-1)![TEXTS[key]!] = orNull(labelledText(content))
    }
  }
  return list.length === 0 && !sections.some((s) => s.key === 'feedback-log') ? null : list
}

export interface FeedbackChange {
  feedback: ParsedFeedback
  create: boolean
  /** The journal's version, when it has one: an update builds on it. */
  updatedAt: string | null
}

interface CurrentFeedback extends Omit<ExportFeedback, 'id' | 'createdAt'> {
  memberId: string
  deletedAt: string | null
}

/**
 * By id: new feedback is created, feedback whose words, kind or day differ is updated, the same is left alone.
 * Feedback in the trash is left there. Feedback the journal holds for someone else: a reason to skip the note.
 */
export function feedbackChanges(
  db: Db,
  memberId: string,
  feedback: readonly ParsedFeedback[] | null
): FeedbackChange[] | { reason: string } {
  const changes: FeedbackChange[] = []
  for (const item of feedback ?? []) {
    const current = sql(
      db,
      `SELECT member_id AS memberId, kind, situation, behaviour, impact, response, given_on AS givenOn,
         goal_id AS goalId, updated_at AS updatedAt, deleted_at AS deletedAt FROM feedback WHERE id = ?`
    ).get(item.id) as CurrentFeedback | undefined
    if (!current) {
      changes.push({ feedback: item, create: true, updatedAt: null })
      continue
    }
    if (current.memberId !== memberId)
      return { reason: 'A piece of feedback in it belongs to another person in Leap.' }
    const same =
      current.deletedAt !== null ||
      (current.kind === item.kind &&
        current.givenOn === item.givenOn &&
        (['situation', 'behaviour', 'impact', 'response'] as const).every((key) =>
          sameText(current[key], item[key])
        ))
    if (!same) changes.push({ feedback: item, create: false, updatedAt: current.updatedAt })
  }
  return changes
}

/**
 * Writes the changes. A goal the journal does not hold is left out rather than refused. Feedback still to
 * deliver is linked again to the person's open talking point that carries it (the note lists both, the link
 * itself is not in it).
 */
export function writeFeedback(db: Db, memberId: string, changes: readonly FeedbackChange[]): void {
  for (const { feedback, create, updatedAt } of changes) {
    const stamps = stampsFor(feedback, updatedAt)
    const goal =
      feedback.goalId !== null &&
      sql(db, 'SELECT 1 FROM goals WHERE id = ? AND member_id = ?').get(feedback.goalId, memberId)
        ? feedback.goalId
        : null
    const values = { ...feedback, goalId: goal, memberId, ...stamps }
    sql(
      db,
      create
        ? `INSERT INTO feedback (id, member_id, kind, situation, behaviour, impact, response, given_on, goal_id,
             created_at, updated_at) VALUES (@id, @memberId, @kind, @situation, @behaviour, @impact, @response,
             @givenOn, @goalId, @created, @updated)`
        : `UPDATE feedback SET kind = @kind, situation = @situation, behaviour = @behaviour, impact = @impact,
             response = @response, given_on = @givenOn, goal_id = @goalId, updated_at = @updated WHERE id = @id`
    ).run(values)
  }
  const waiting = sql(
    db,
    `SELECT id, behaviour FROM feedback
     WHERE member_id = ? AND given_on IS NULL AND talking_point_id IS NULL AND deleted_at IS NULL
     ORDER BY created_at, id`
  ).all(memberId) as { id: string; behaviour: string }[]
  for (const { id, behaviour } of waiting) {
    sql(
      db,
      `UPDATE feedback SET talking_point_id = (
         SELECT t.id FROM talking_points t
         WHERE t.member_id = @memberId AND t.owner = 'me' AND t.reflection_id IS NULL AND t.deleted_at IS NULL
           AND t.text = @text AND NOT EXISTS (SELECT 1 FROM feedback o WHERE o.talking_point_id = t.id)
         ORDER BY t.jotted_on, t.created_at, t.id LIMIT 1)
       WHERE id = @id`
    ).run({ memberId, text: talkingPointText(behaviour), id })
  }
}
