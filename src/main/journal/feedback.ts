import type {
  Feedback,
  FeedbackCreate,
  FeedbackDeliver,
  FeedbackKind,
  FeedbackSummary,
  FeedbackSummaryQuery,
  FeedbackUpdate
} from '../../shared/domain/feedback'
import { FEEDBACK_COUNT_DAYS, PRAISE_NUDGE_DAYS } from '../../shared/domain/feedbackVocabulary'
import { plusDays } from '../../shared/domain/cadence'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { localDayOf, todayLocal } from './localDay'
import { missingMember, requireMember } from './members'
import { getReflection } from './reflections'
import { newId, now } from './rows'
import { createTalkingPoint } from './talkingPoints'
import { moveToTrash, restoreFromTrash } from './trash'

const columns = `
  f.id, f.member_id AS memberId, f.kind, f.situation, f.behaviour, f.impact, f.response,
  f.given_on AS givenOn, f.talking_point_id AS talkingPointId, f.goal_id AS goalId,
  f.created_at AS createdAt, f.updated_at AS updatedAt`

/** The talking point's words for feedback to deliver: short enough for a line in the one-on-one. */
export function talkingPointText(behaviour: string): string {
  const line = behaviour.replace(/\s+/g, ' ')
  return `Feedback: ${line.length > 200 ? `${line.slice(0, 199)}…` : line}`
}

export function getFeedback(db: Db, id: string): Feedback {
  const row = sql(db, `SELECT ${columns} FROM feedback f WHERE f.id = ? AND f.deleted_at IS NULL`).get(id) as
    Feedback | undefined
  if (!row) throw new LeapError('not_found', 'This feedback no longer exists. It may have been deleted.')
  return row
}

/** Feedback is logged once given: a day still to come is feedback to deliver. */
function requireNotAhead(givenOn: string | null | undefined, today: string): void {
  if (givenOn && givenOn > today)
    throw new LeapError(
      'invalid_input',
      'That day is still to come: log it as feedback to deliver at the next one-on-one.'
    )
}

/** A goal feedback speaks to is one of the same person's, and not in the trash. */
function requireGoalOf(db: Db, memberId: string, goalId: string | null | undefined): void {
  if (goalId === null || goalId === undefined) return
  const goal = sql(db, 'SELECT member_id AS memberId FROM goals WHERE id = ? AND deleted_at IS NULL').get(
    goalId
  ) as { memberId: string } | undefined
  if (!goal) throw new LeapError('not_found', 'This growth goal no longer exists. Choose another one.')
  if (goal.memberId !== memberId) {
    throw new LeapError('invalid_input', 'Feedback can speak only to a growth goal of the same person.')
  }
}

/**
 * Logs feedback. Feedback to deliver also becomes a talking point of mine for the next one-on-one with the
 * person, in the same transaction, so the two never exist apart.
 */
export function createFeedback(db: Db, input: FeedbackCreate, today = todayLocal()): Feedback {
  requireMember(db, input.memberId)
  requireGoalOf(db, input.memberId, input.goalId)
  requireNotAhead(input.givenOn, today)
  const talkingPointId =
    input.givenOn === null
      ? createTalkingPoint(
          db,
          { memberId: input.memberId, owner: 'me', text: talkingPointText(input.behaviour) },
          today
        ).id
      : null
  const id = newId()
  const stamp = now()
  sql(
    db,
    `INSERT INTO feedback (id, member_id, kind, situation, behaviour, impact, response, given_on,
       talking_point_id, goal_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    id,
    input.memberId,
    input.kind,
    input.situation ?? null,
    input.behaviour,
    input.impact ?? null,
    input.response ?? null,
    input.givenOn,
    talkingPointId,
    input.goalId ?? null,
    stamp,
    stamp
  )
  return getFeedback(db, id)
}

const editableColumns = {
  kind: 'kind',
  situation: 'situation',
  behaviour: 'behaviour',
  impact: 'impact',
  response: 'response',
  givenOn: 'given_on',
  goalId: 'goal_id'
} as const satisfies Record<keyof Omit<FeedbackUpdate, 'id'>, string>

/** Changes what was written; the talking point of feedback still to deliver follows its behaviour. */
export function updateFeedback(db: Db, { id, ...patch }: FeedbackUpdate, today = todayLocal()): Feedback {
  const current = getFeedback(db, id)
  if (patch.givenOn !== undefined && current.givenOn === null) {
    throw new LeapError(
      'invalid_input',
      'This feedback is still to deliver: mark it delivered to give its day.'
    )
  }
  requireNotAhead(patch.givenOn, today)
  requireGoalOf(db, current.memberId, patch.goalId)
  const fields = (Object.keys(editableColumns) as (keyof typeof editableColumns)[]).filter(
    (field) => patch[field] !== undefined
  )
  if (fields.length === 0) return current
  sql(
    db,
    `UPDATE feedback SET ${fields.map((field) => `${editableColumns[field]} = @${field}`).join(', ')},
       updated_at = @updatedAt WHERE id = @id`
  ).run({ ...Object.fromEntries(fields.map((field) => [field, patch[field]])), updatedAt: now(), id })
  if (patch.behaviour !== undefined && current.givenOn === null && current.talkingPointId !== null) {
    sql(db, 'UPDATE talking_points SET text = ?, updated_at = ? WHERE id = ? AND reflection_id IS NULL').run(
      talkingPointText(patch.behaviour),
      now(),
      current.talkingPointId
    )
  }
  return getFeedback(db, id)
}

/**
 * Feedback to deliver, given. In a one-on-one its talking point is ticked as discussed there and the day is
 * the one-on-one's; given outside one, the talking point has done its work and goes for good (nothing of the
 * leader's own words is in it that the feedback does not hold).
 */
export function deliverFeedback(
  db: Db,
  { id, reflectionId, givenOn, response }: FeedbackDeliver,
  today = todayLocal()
): Feedback {
  requireNotAhead(givenOn, today)
  const current = getFeedback(db, id)
  if (current.givenOn !== null) {
    throw new LeapError('invalid_input', 'This feedback was already given. Edit it to change the day.')
  }
  let day = givenOn
  if (reflectionId !== undefined) {
    const reflection = getReflection(db, reflectionId)
    if (reflection.memberId !== current.memberId || reflection.kind !== 'one_on_one') {
      throw new LeapError('invalid_input', 'Feedback is delivered in a one-on-one with the person it is for.')
    }
    day = reflection.date
  }
  const talkingPointId = current.talkingPointId
  const keepPoint = reflectionId !== undefined && talkingPointId !== null
  sql(
    db,
    `UPDATE feedback SET given_on = ?, response = coalesce(?, response), talking_point_id = ?, updated_at = ?
     WHERE id = ?`
  ).run(day, response ?? null, keepPoint ? talkingPointId : null, now(), id)
  if (keepPoint) {
    sql(db, 'UPDATE talking_points SET reflection_id = ?, discussed_at = ?, updated_at = ? WHERE id = ?').run(
      reflectionId,
      now(),
      now(),
      talkingPointId
    )
  } else if (talkingPointId !== null) {
    sql(db, 'DELETE FROM talking_points WHERE id = ? AND reflection_id IS NULL').run(talkingPointId)
  }
  return getFeedback(db, id)
}

/**
 * A person's feedback: the ones still to deliver first, then the given ones, newest first. Nothing for a
 * person in the trash (checked apart: inside the query it cost a fifth of its time).
 */
export function listFeedback(db: Db, memberId: string): Feedback[] {
  if (!sql(db, 'SELECT 1 FROM members WHERE id = ? AND deleted_at IS NULL').get(memberId)) return []
  return sql(
    db,
    `SELECT ${columns} FROM feedback f WHERE f.member_id = ? AND f.deleted_at IS NULL
     ORDER BY f.given_on IS NOT NULL, f.given_on DESC, f.created_at DESC`
  ).all(memberId) as Feedback[]
}

/**
 * The count on a person's page and whether to nudge for praise (see FeedbackSummary). It runs on every visit
 * to the page, so each part reads a stretch of the (member, day) index rather than all of a person's
 * feedback.
 */
export function feedbackSummary(
  db: Db,
  { memberId, today = todayLocal() }: FeedbackSummaryQuery
): FeedbackSummary {
  const row = sql(
    db,
    `SELECT
       (SELECT count(*) FROM feedback WHERE member_id = @memberId AND given_on IS NULL AND deleted_at IS NULL)
         AS toDeliver,
       (SELECT given_on FROM feedback WHERE member_id = @memberId AND given_on <= @today AND kind = 'praise'
          AND deleted_at IS NULL ORDER BY given_on DESC LIMIT 1) AS lastPraiseOn,
       (SELECT m.created_at FROM members m WHERE m.id = @memberId AND m.deleted_at IS NULL) AS addedAt,
       (SELECT min(r.date) FROM reflections r WHERE r.member_id = @memberId AND r.deleted_at IS NULL) AS firstEntry,
       @nudgeFrom AS nudgeFrom`
  ).get({ memberId, today, nudgeFrom: plusDays(today, -PRAISE_NUDGE_DAYS) }) as Pick<
    FeedbackSummary,
    'toDeliver' | 'lastPraiseOn'
  > & {
    addedAt: string | null
    firstEntry: string | null
    nudgeFrom: string
  }
  if (row.addedAt === null) throw missingMember()
  const addedOn = localDayOf(row.addedAt)
  const counts = { praise: 0, redirect: 0 }
  for (const { kind, count } of sql(
    db,
    `SELECT kind, count(*) AS count FROM feedback WHERE member_id = @memberId AND deleted_at IS NULL
       AND given_on > @countFrom AND given_on <= @today GROUP BY kind`
  ).all({ memberId, today, countFrom: plusDays(today, -FEEDBACK_COUNT_DAYS) }) as {
    kind: FeedbackKind
    count: number
  }[])
    counts[kind] = count
  const knownSince = row.firstEntry !== null && row.firstEntry < addedOn ? row.firstEntry : addedOn
  return {
    ...counts,
    toDeliver: row.toDeliver,
    lastPraiseOn: row.lastPraiseOn,
    nudge: (row.lastPraiseOn ?? knownSince) <= row.nudgeFrom
  }
}

type FeedbackChannel =
  | 'feedback.create'
  | 'feedback.update'
  | 'feedback.deliver'
  | 'feedback.list'
  | 'feedback.summary'
  | 'feedback.delete'
  | 'feedback.restore'

export const feedbackHandlers: ChannelHandlers<FeedbackChannel> = {
  'feedback.create': ({ journal }, input) => createFeedback(journal.db, input),
  'feedback.update': ({ journal }, input) => updateFeedback(journal.db, input),
  'feedback.deliver': ({ journal }, input) => deliverFeedback(journal.db, input),
  'feedback.list': ({ journal }, { memberId }) => listFeedback(journal.db, memberId),
  'feedback.summary': ({ journal }, input) => feedbackSummary(journal.db, input),
  'feedback.delete': ({ journal }, { id }) => moveToTrash(journal.db, 'feedback', id),
  'feedback.restore': ({ journal }, { id }) => {
    restoreFromTrash(journal.db, 'feedback', id)
    return getFeedback(journal.db, id)
  }
}
