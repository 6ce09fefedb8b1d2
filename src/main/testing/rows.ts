import type { Db } from '../db/open'
import { newId } from '../journal/rows'

/**
 * Rows written straight with SQL, for tests of code that reads tables whose journal functions live
 * elsewhere (search reads every domain). Each takes only what a test cares about; the rest is filled in.
 */
const stamp = '2026-01-01T09:00:00.000Z'

export function insertMember(db: Db, fields: { name: string; role?: string; notes?: string }): string {
  const id = newId()
  db.prepare(
    `INSERT INTO members (id, name, role, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`
  ).run(id, fields.name, fields.role ?? null, fields.notes ?? null, stamp, stamp)
  return id
}

export function insertReflection(
  db: Db,
  fields: { title: string; body?: string; date?: string; memberId?: string | null }
): string {
  const id = newId()
  db.prepare(
    `INSERT INTO reflections (id, member_id, kind, date, title, body, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    id,
    fields.memberId ?? null,
    fields.memberId ? 'one_on_one' : 'general',
    fields.date ?? '2026-01-01',
    fields.title,
    fields.body ?? '',
    stamp,
    stamp
  )
  return id
}

export function insertDelegation(
  db: Db,
  fields: { memberId: string; title: string; successCriteria?: string[]; startedOn?: string }
): string {
  const id = newId()
  db.prepare(
    `INSERT INTO delegations (id, member_id, title, success_criteria, authority_level, started_on, created_at,
       updated_at) VALUES (?, ?, ?, ?, 4, ?, ?, ?)`
  ).run(
    id,
    fields.memberId,
    fields.title,
    JSON.stringify(fields.successCriteria ?? []),
    fields.startedOn ?? null,
    stamp,
    stamp
  )
  return id
}

export function insertCheckin(
  db: Db,
  fields: { delegationId: string; progress: string; date?: string }
): string {
  const id = newId()
  db.prepare(
    `INSERT INTO checkins (id, delegation_id, date, progress, signal, leader_response, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'on_track', 'held_back', ?, ?)`
  ).run(id, fields.delegationId, fields.date ?? '2026-01-01', fields.progress, stamp, stamp)
  return id
}

export function insertActionItem(
  db: Db,
  fields: { memberId: string; text: string; reflectionId?: string }
): string {
  const id = newId()
  db.prepare(
    `INSERT INTO action_items (id, member_id, reflection_id, owner, text, created_at, updated_at)
     VALUES (?, ?, ?, 'me', ?, ?, ?)`
  ).run(id, fields.memberId, fields.reflectionId ?? null, fields.text, stamp, stamp)
  return id
}
