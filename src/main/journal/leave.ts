import type { AwayCreate, AwayPeriod, Leave, Skip, SkipCreate } from '../../shared/domain/leave'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { requireMember } from './members'
import { newId, now } from './rows'
import { moveToTrash, restoreFromTrash } from './trash'

const awayColumns = `id, member_id AS memberId, starts_on AS startsOn, ends_on AS endsOn, note,
  created_at AS createdAt, updated_at AS updatedAt`
const skipColumns = `id, member_id AS memberId, date, reason, created_at AS createdAt, updated_at AS updatedAt`

function getAway(db: Db, id: string): AwayPeriod {
  const away = sql(db, `SELECT ${awayColumns} FROM away_periods WHERE id = ? AND deleted_at IS NULL`).get(id)
  if (!away) throw new LeapError('not_found', 'This time away no longer exists.')
  return away as AwayPeriod
}

function getSkip(db: Db, id: string): Skip {
  const skip = sql(db, `SELECT ${skipColumns} FROM one_on_one_skips WHERE id = ? AND deleted_at IS NULL`).get(
    id
  )
  if (!skip) throw new LeapError('not_found', 'This skipped one-on-one no longer exists.')
  return skip as Skip
}

export function markAway(db: Db, input: AwayCreate): AwayPeriod {
  requireMember(db, input.memberId)
  const id = newId()
  const stamp = now()
  sql(
    db,
    `INSERT INTO away_periods (id, member_id, starts_on, ends_on, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  ).run(id, input.memberId, input.startsOn, input.endsOn, input.note ?? null, stamp, stamp)
  return getAway(db, id)
}

export function skipOneOnOne(db: Db, input: SkipCreate): Skip {
  requireMember(db, input.memberId)
  const id = newId()
  const stamp = now()
  sql(
    db,
    `INSERT INTO one_on_one_skips (id, member_id, date, reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`
  ).run(id, input.memberId, input.date, input.reason, stamp, stamp)
  return getSkip(db, id)
}

/** A person's time away and skipped one-on-ones, latest first. */
export function listLeave(db: Db, memberId: string): Leave {
  requireMember(db, memberId)
  return {
    away: sql(
      db,
      `SELECT ${awayColumns} FROM away_periods WHERE member_id = ? AND deleted_at IS NULL
       ORDER BY starts_on DESC, created_at DESC`
    ).all(memberId) as AwayPeriod[],
    skips: sql(
      db,
      `SELECT ${skipColumns} FROM one_on_one_skips WHERE member_id = ? AND deleted_at IS NULL
       ORDER BY date DESC, created_at DESC`
    ).all(memberId) as Skip[]
  }
}

type LeaveChannel =
  | 'leave.markAway'
  | 'leave.skip'
  | 'leave.list'
  | 'leave.deleteAway'
  | 'leave.restoreAway'
  | 'leave.deleteSkip'
  | 'leave.restoreSkip'

export const leaveHandlers: ChannelHandlers<LeaveChannel> = {
  'leave.markAway': ({ journal }, input) => markAway(journal.db, input),
  'leave.skip': ({ journal }, input) => skipOneOnOne(journal.db, input),
  'leave.list': ({ journal }, { memberId }) => listLeave(journal.db, memberId),
  'leave.deleteAway': ({ journal }, { id }) => moveToTrash(journal.db, 'away_period', id),
  'leave.restoreAway': ({ journal }, { id }) => {
    restoreFromTrash(journal.db, 'away_period', id)
    return getAway(journal.db, id)
  },
  'leave.deleteSkip': ({ journal }, { id }) => moveToTrash(journal.db, 'skip', id),
  'leave.restoreSkip': ({ journal }, { id }) => {
    restoreFromTrash(journal.db, 'skip', id)
    return getSkip(journal.db, id)
  }
}
