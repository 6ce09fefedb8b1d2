import type { Checkin, CheckinCreate } from '../../shared/domain/delegations'
import type { DelegationStatus } from '../../shared/domain/delegationVocabulary'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { closeDelegation, getDelegation } from './delegations'
import { newId, now } from './rows'

const OPEN_STATUSES: readonly DelegationStatus[] = ['planned', 'active']

const checkinColumns = `id, delegation_id AS delegationId, date, progress, signal, struggles,
  leader_response AS leaderResponse, note, created_at AS createdAt, updated_at AS updatedAt`

/** Newest first: the timeline reads from what happened last. */
export function listCheckins(db: Db, delegationId: string): Checkin[] {
  return sql(
    db,
    `SELECT ${checkinColumns} FROM checkins WHERE delegation_id = ? AND deleted_at IS NULL
     ORDER BY date DESC, created_at DESC, rowid DESC`
  ).all(delegationId) as Checkin[]
}

/**
 * A check-in. With `handBack` (only with "took it back", on an open delegation) the delegation is handed
 * back as of the check-in's day in the same transaction: both are saved, or neither.
 */
export function createCheckin(db: Db, { handBack, ...input }: CheckinCreate): Checkin {
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
  if (handBack) closeDelegation(db, { id: delegation.id, status: 'handed_back', completedOn: input.date })
  return sql(db, `SELECT ${checkinColumns} FROM checkins WHERE id = ?`).get(id) as Checkin
}
