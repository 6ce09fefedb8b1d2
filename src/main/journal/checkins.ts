import type { Checkin, CheckinCreate, CheckinUpdate } from '../../shared/domain/delegations'
import {
  LETTING_GO_RESPONSES,
  type DelegationStatus,
  type LeaderResponse
} from '../../shared/domain/delegationVocabulary'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { closeDelegation, getDelegation } from './delegations'
import { newId, now } from './rows'
import { moveToTrash, restoreFromTrash } from './trash'

const OPEN_STATUSES: readonly DelegationStatus[] = ['planned', 'active']

const checkinColumns = `c.id, c.delegation_id AS delegationId, c.date, c.progress, c.signal, c.struggles,
  c.leader_response AS leaderResponse, c.note, c.worked_out AS workedOut, c.lesson, c.created_at AS createdAt,
  c.updated_at AS updatedAt`

/** Newest first: the timeline reads from what happened last. */
export function listCheckins(db: Db, delegationId: string): Checkin[] {
  return sql(
    db,
    `SELECT ${checkinColumns} FROM checkins c WHERE c.delegation_id = ? AND c.deleted_at IS NULL
     ORDER BY c.date DESC, c.created_at DESC, c.rowid DESC`
  ).all(delegationId) as Checkin[]
}

/**
 * A check-in. With `handBack` (only with "took it back", on an open delegation) the delegation is handed
 * back as of the check-in's day in the same transaction: both are saved, or neither.
 */
export function createCheckin(db: Db, { handBack, followUp, ...input }: CheckinCreate): Checkin {
  const delegation = getDelegation(db, input.delegationId)
  if (handBack && (input.leaderResponse !== 'took_back' || !OPEN_STATUSES.includes(delegation.status))) {
    const message =
      input.leaderResponse === 'took_back'
        ? 'This delegation is already closed, so it cannot be handed back.'
        : 'Only a check-in where you took it back can hand the delegation back.'
    throw new LeapError('invalid_input', message, { handBack: message })
  }
  if (delegation.startedOn === null) {
    const message = 'This delegation has not started yet: give it a start date before recording a check-in.'
    throw new LeapError('invalid_input', message, { date: message })
  }
  if (input.date < delegation.startedOn) {
    const message = `This delegation started on ${delegation.startedOn}: a check-in cannot be before that.`
    throw new LeapError('invalid_input', message, { date: message })
  }
  const earlier = followUp && getCheckin(db, followUp.checkinId)
  if (earlier && earlier.delegationId !== input.delegationId) {
    const message = 'That earlier check-in belongs to another delegation.'
    throw new LeapError('invalid_input', message, { followUp: message })
  }
  const id = newId()
  const stamp = now()
  sql(
    db,
    `INSERT INTO checkins (id, delegation_id, date, progress, signal, struggles, leader_response, note,
       created_at, updated_at)
     VALUES (@id, @delegationId, @date, @progress, @signal, @struggles, @leaderResponse, @note, @stamp, @stamp)`
  ).run({
    id,
    stamp,
    delegationId: input.delegationId,
    date: input.date,
    progress: input.progress ?? null,
    signal: input.signal,
    struggles: input.struggles ?? null,
    leaderResponse: input.leaderResponse,
    note: input.note ?? null
  })
  if (earlier && followUp) answerWorkedOut(db, earlier, followUp.workedOut, followUp.lesson ?? null)
  if (handBack) closeDelegation(db, { id: delegation.id, status: 'handed_back', completedOn: input.date })
  return getCheckin(db, id)
}

/** A visible check-in: neither it nor its delegation in the trash. */
export function getCheckin(db: Db, id: string): Checkin {
  const row = sql(
    db,
    `SELECT ${checkinColumns} FROM checkins c
     JOIN delegations d ON d.id = c.delegation_id
     WHERE c.id = ? AND c.deleted_at IS NULL AND d.deleted_at IS NULL`
  ).get(id) as Checkin | undefined
  if (!row) throw new LeapError('not_found', 'This check-in no longer exists. It may have been deleted.')
  return row
}

const lettingGo = (response: LeaderResponse) => (LETTING_GO_RESPONSES as readonly string[]).includes(response)

function answerWorkedOut(db: Db, checkin: Checkin, workedOut: string | null, lesson: string | null) {
  if (workedOut !== null && !lettingGo(checkin.leaderResponse)) {
    const message = 'Only a check-in where you held back or asked questions asks whether they worked it out.'
    throw new LeapError('invalid_input', message, { workedOut: message })
  }
  sql(db, `UPDATE checkins SET worked_out = ?, lesson = ?, updated_at = ? WHERE id = ?`).run(
    workedOut,
    workedOut === null ? null : lesson,
    now(),
    checkin.id
  )
}

/**
 * A correction. The day stays within the delegation (not before its start). Changing the response away from
 * letting go drops an answer to "did they work it out?", which no longer has a question.
 */
export function updateCheckin(db: Db, { id, workedOut, lesson, ...patch }: CheckinUpdate): Checkin {
  const current = getCheckin(db, id)
  const delegation = getDelegation(db, current.delegationId)
  const date = patch.date ?? current.date
  if (delegation.startedOn !== null && date < delegation.startedOn) {
    const message = `This delegation started on ${delegation.startedOn}: a check-in cannot be before that.`
    throw new LeapError('invalid_input', message, { date: message })
  }
  const next = {
    date,
    progress: patch.progress === undefined ? current.progress : patch.progress,
    signal: patch.signal ?? current.signal,
    struggles: patch.struggles === undefined ? current.struggles : patch.struggles,
    leaderResponse: patch.leaderResponse ?? current.leaderResponse,
    note: patch.note === undefined ? current.note : patch.note
  }
  sql(
    db,
    `UPDATE checkins SET date = @date, progress = @progress, signal = @signal, struggles = @struggles,
       leader_response = @leaderResponse, note = @note, updated_at = @stamp WHERE id = @id`
  ).run({ ...next, id, stamp: now() })
  const updated = getCheckin(db, id)
  if (workedOut !== undefined || lesson !== undefined)
    answerWorkedOut(
      db,
      updated,
      workedOut === undefined ? current.workedOut : workedOut,
      lesson === undefined ? current.lesson : lesson
    )
  else if (current.workedOut !== null && !lettingGo(updated.leaderResponse))
    answerWorkedOut(db, updated, null, null)
  return getCheckin(db, id)
}

export function deleteCheckin(db: Db, id: string): { id: string } {
  getCheckin(db, id)
  return moveToTrash(db, 'checkin', id)
}

export function restoreCheckin(db: Db, id: string): Checkin {
  restoreFromTrash(db, 'checkin', id)
  return getCheckin(db, id)
}
