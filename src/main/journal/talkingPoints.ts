import type {
  TalkingPoint,
  TalkingPointCreate,
  TalkingPointDiscuss,
  TalkingPointList
} from '../../shared/domain/talkingPoints'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { followDiscussion } from './feedbackTicks'
import { todayLocal } from './localDay'
import { requireMember } from './members'
import { getReflection } from './reflections'
import { REFLECTIONS_IN_TRASH, newId, now } from './rows'
import { moveToTrash, restoreFromTrash } from './trash'

/** Discussed in a reflection that is not in the trash (a point of one in the trash reads as open again). */
const discussed = `(t.reflection_id IS NOT NULL AND t.reflection_id NOT IN ${REFLECTIONS_IN_TRASH})`
const columns = `
  t.id, t.member_id AS memberId, t.owner, t.text, t.jotted_on AS jottedOn,
  CASE WHEN ${discussed} THEN t.reflection_id END AS reflectionId,
  CASE WHEN ${discussed} OR t.reflection_id IS NULL THEN t.discussed_at END AS discussedAt,
  t.created_at AS createdAt, t.updated_at AS updatedAt`

const from = 'FROM talking_points t'

export function getTalkingPoint(db: Db, id: string): TalkingPoint {
  const point = sql(db, `SELECT ${columns} ${from} WHERE t.id = ? AND t.deleted_at IS NULL`).get(id) as
    TalkingPoint | undefined
  if (!point) throw new LeapError('not_found', 'This talking point no longer exists.')
  return point
}

export function createTalkingPoint(db: Db, input: TalkingPointCreate, today = todayLocal()): TalkingPoint {
  requireMember(db, input.memberId)
  const id = newId()
  const stamp = now()
  sql(
    db,
    `INSERT INTO talking_points (id, member_id, owner, text, jotted_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  ).run(id, input.memberId, input.owner, input.text, today, stamp, stamp)
  return getTalkingPoint(db, id)
}

/**
 * Ticks a point as discussed in a one-on-one with the same person, or opens it again (null). The feedback a
 * point carries is given with the tick, and to deliver again without it.
 */
export function discussTalkingPoint(db: Db, { id, reflectionId }: TalkingPointDiscuss): TalkingPoint {
  const point = getTalkingPoint(db, id)
  let day: string | null = null
  if (reflectionId !== null) {
    const reflection = getReflection(db, reflectionId)
    day = reflection.date
    if (reflection.memberId !== point.memberId || reflection.kind !== 'one_on_one') {
      throw new LeapError(
        'invalid_input',
        'A talking point is discussed in a one-on-one with the person it is for.'
      )
    }
  }
  const stamp = now()
  sql(db, `UPDATE talking_points SET reflection_id = ?, discussed_at = ?, updated_at = ? WHERE id = ?`).run(
    reflectionId,
    reflectionId === null ? null : stamp,
    stamp,
    id
  )
  followDiscussion(db, id, day)
  return getTalkingPoint(db, id)
}

/**
 * Talking points carry forward: the open ones (oldest first, as they were jotted) until one is ticked as
 * discussed; then, with `discussedIn`, those ticked in that one-on-one, so they stay in view while it is
 * written. Points of a person in the trash are not listed.
 */
export function listTalkingPoints(db: Db, { memberId, discussedIn }: TalkingPointList): TalkingPoint[] {
  return sql(
    db,
    `SELECT ${columns} ${from}
     WHERE t.member_id = @memberId AND t.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM members m WHERE m.id = t.member_id AND m.deleted_at IS NULL)
       AND (NOT ${discussed} OR t.reflection_id = @discussedIn)
     ORDER BY ${discussed}, t.jotted_on, t.created_at, t.id`
  ).all({ memberId, discussedIn: discussedIn ?? null }) as TalkingPoint[]
}

type TalkingPointsChannel =
  | 'talkingPoints.create'
  | 'talkingPoints.discuss'
  | 'talkingPoints.list'
  | 'talkingPoints.delete'
  | 'talkingPoints.restore'

export const talkingPointsHandlers: ChannelHandlers<TalkingPointsChannel> = {
  'talkingPoints.create': ({ journal }, input) => createTalkingPoint(journal.db, input),
  'talkingPoints.discuss': ({ journal }, input) => discussTalkingPoint(journal.db, input),
  'talkingPoints.list': ({ journal }, input) => listTalkingPoints(journal.db, input),
  'talkingPoints.delete': ({ journal }, { id }) => moveToTrash(journal.db, 'talking_point', id),
  'talkingPoints.restore': ({ journal }, { id }) => {
    restoreFromTrash(journal.db, 'talking_point', id)
    return getTalkingPoint(journal.db, id)
  }
}
