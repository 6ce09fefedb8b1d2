import type {
  Member,
  MemberArchive,
  MemberCreate,
  MemberList,
  MemberUpdate
} from '../../shared/domain/members'
import { DEFAULT_CADENCE_DAYS } from '../../shared/domain/members'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { newId, now } from './rows'

const memberColumns = `
  m.id, m.name, m.role, m.team, m.email, m.start_date AS startDate, m.strengths, m.growth_areas AS growthAreas,
  m.aspirations, m.notes, m.cadence_days AS cadenceDays, m.archived_at AS archivedAt,
  m.created_at AS createdAt, m.updated_at AS updatedAt,
  (SELECT max(r.date) FROM reflections r
    WHERE r.member_id = m.id AND r.kind = 'one_on_one' AND r.deleted_at IS NULL) AS lastOneOnOne`

/** The columns a patch may touch, by field name. */
const editableColumns = {
  name: 'name',
  role: 'role',
  team: 'team',
  email: 'email',
  startDate: 'start_date',
  strengths: 'strengths',
  growthAreas: 'growth_areas',
  aspirations: 'aspirations',
  notes: 'notes',
  cadenceDays: 'cadence_days'
} as const satisfies Record<keyof Omit<MemberUpdate, 'id'>, string>

type EditableField = keyof typeof editableColumns

export function listMembers(db: Db, { includeArchived = false }: MemberList): Member[] {
  return sql(
    db,
    `SELECT ${memberColumns} FROM members m
     WHERE m.deleted_at IS NULL AND (? OR m.archived_at IS NULL)
     ORDER BY m.name COLLATE NOCASE, m.created_at`
  ).all(includeArchived ? 1 : 0) as Member[]
}

export function getMember(db: Db, id: string): Member {
  const member = sql(
    db,
    `SELECT ${memberColumns} FROM members m WHERE m.id = ? AND m.deleted_at IS NULL`
  ).get(id) as Member | undefined
  if (!member)
    throw new LeapError('not_found', 'This team member no longer exists. They may have been deleted.')
  return member
}

export function createMember(db: Db, input: MemberCreate): Member {
  const id = newId()
  const stamp = now()
  sql(
    db,
    `INSERT INTO members (id, name, role, team, email, start_date, strengths, growth_areas, aspirations, notes,
       cadence_days, created_at, updated_at)
     VALUES (@id, @name, @role, @team, @email, @startDate, @strengths, @growthAreas, @aspirations, @notes,
       @cadenceDays, @stamp, @stamp)`
  ).run({
    id,
    stamp,
    name: input.name,
    role: input.role ?? null,
    team: input.team ?? null,
    email: input.email ?? null,
    startDate: input.startDate ?? null,
    strengths: input.strengths ?? null,
    growthAreas: input.growthAreas ?? null,
    aspirations: input.aspirations ?? null,
    notes: input.notes ?? null,
    cadenceDays: input.cadenceDays ?? DEFAULT_CADENCE_DAYS
  })
  return getMember(db, id)
}

export function updateMember(db: Db, { id, ...patch }: MemberUpdate): Member {
  getMember(db, id)
  const fields = (Object.keys(patch) as EditableField[]).filter(
    (field) => field in editableColumns && patch[field] !== undefined
  )
  if (fields.length > 0) {
    const assignments = fields.map((field) => `${editableColumns[field]} = @${field}`).join(', ')
    const values = Object.fromEntries(fields.map((field) => [field, patch[field] ?? null]))
    sql(db, `UPDATE members SET ${assignments}, updated_at = @stamp WHERE id = @id`).run({
      ...values,
      id,
      stamp: now()
    })
  }
  return getMember(db, id)
}

export function archiveMember(db: Db, { id, archived }: MemberArchive): Member {
  getMember(db, id)
  const stamp = now()
  sql(db, `UPDATE members SET archived_at = ?, updated_at = ? WHERE id = ?`).run(
    archived ? stamp : null,
    stamp,
    id
  )
  return getMember(db, id)
}

/** To the trash: the row stays, with everything that refers to it, until restored or purged. */
export function deleteMember(db: Db, id: string): { id: string } {
  getMember(db, id)
  const stamp = now()
  sql(db, `UPDATE members SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(stamp, stamp, id)
  return { id }
}

export function restoreMember(db: Db, id: string): Member {
  const result = sql(
    db,
    `UPDATE members SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL`
  ).run(now(), id)
  if (result.changes === 0)
    throw new LeapError('not_found', 'There is no deleted team member with this id to restore.')
  return getMember(db, id)
}
