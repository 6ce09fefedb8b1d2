import type { Db } from '../db/open'
import type { ExportRow } from './markdown'
import type { ExportScope } from '../../shared/domain/export'

interface MemberGroup {
  id: string | null
  name: string | null
  /** Reflections of this person in scope. */
  count: number
}

type RawRow = Omit<ExportRow, 'tags' | 'delegations' | 'actionItems'> & {
  tagsJson: string
  delegationsJson: string
  actionItemsJson: string
}

/** The columns of one exported reflection over `reflections r LEFT JOIN members m` (the benchmark's baseline reads them too). */
export const exportColumns = `
  r.id, r.kind, r.date, r.title, r.body, r.mood, r.stance, r.member_id AS memberId, m.name AS memberName,
  (SELECT json_group_array(name) FROM (
     SELECT t.name FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
     WHERE rt.reflection_id = r.id ORDER BY t.name COLLATE NOCASE)) AS tagsJson,
  (SELECT json_group_array(title) FROM (
     SELECT d.title FROM reflection_delegations rd JOIN delegations d ON d.id = rd.delegation_id
     WHERE rd.reflection_id = r.id AND d.deleted_at IS NULL ORDER BY d.title, d.id)) AS delegationsJson,
  (SELECT json_group_array(json_object('text', text, 'owner', owner, 'dueDate', due_date, 'status', status)) FROM (
     SELECT a.text, a.owner, a.due_date, a.status FROM action_items a
     WHERE a.reflection_id = r.id AND a.deleted_at IS NULL ORDER BY a.created_at, a.id)) AS actionItemsJson`

/** The scope as SQL over `reflections r LEFT JOIN members m`; live rows of live (or no) members only. */
function scopeWhere(scope: ExportScope): { sql: string; params: Record<string, unknown> } {
  const clauses = ['r.deleted_at IS NULL', 'm.deleted_at IS NULL']
  const params: Record<string, unknown> = {}
  if (scope.kind === 'reflection') {
    clauses.push('r.id = @id')
    params.id = scope.id
  }
  const memberId = scope.kind === 'member' || scope.kind === 'range' ? scope.memberId : undefined
  if (memberId) {
    clauses.push('r.member_id = @memberId')
    params.memberId = memberId
  }
  if (scope.kind === 'range') {
    if (scope.from) clauses.push('r.date >= @from')
    if (scope.to) clauses.push('r.date <= @to')
    if (scope.tags?.length) {
      clauses.push(`EXISTS (SELECT 1 FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
        WHERE rt.reflection_id = r.id AND t.name IN (SELECT value FROM json_each(@tags)))`)
      params.tags = JSON.stringify(scope.tags)
    }
    Object.assign(params, scope.from ? { from: scope.from } : {}, scope.to ? { to: scope.to } : {})
  }
  return { sql: clauses.join(' AND '), params }
}

/** The people with reflections in scope, by name (general reflections, without a person, last). */
export function membersInScope(db: Db, scope: ExportScope): MemberGroup[] {
  const where = scopeWhere(scope)
  return db
    .prepare(
      `SELECT r.member_id AS id, m.name, count(*) AS count FROM reflections r LEFT JOIN members m ON m.id = r.member_id
       WHERE ${where.sql} GROUP BY r.member_id ORDER BY m.name IS NULL, m.name COLLATE NOCASE, m.name, r.member_id`
    )
    .all(where.params) as MemberGroup[]
}

/**
 * One person's reflections in scope, streamed (`iterate`, never the whole journal in memory), oldest first,
 * through the (member_id, date) index, so no sort holds every body at once.
 */
export function* reflectionsOf(db: Db, scope: ExportScope, memberId: string | null): Generator<ExportRow> {
  const where = scopeWhere(scope)
  const statement = db.prepare(
    `SELECT ${exportColumns} FROM reflections r LEFT JOIN members m ON m.id = r.member_id
     WHERE ${where.sql} AND r.member_id IS @groupMember ORDER BY r.date, r.created_at, r.id`
  )
  for (const raw of statement.iterate({ ...where.params, groupMember: memberId }) as Iterable<RawRow>) {
    const { tagsJson, delegationsJson, actionItemsJson, ...row } = raw
    yield {
      ...row,
      tags: parseList(tagsJson),
      delegations: parseList(delegationsJson),
      actionItems: parseList(actionItemsJson)
    }
  }
}

/** Most reflections have no tags, links or items: skip the parser for those (a tenth of an export's time). */
const parseList = <T>(json: string): T[] => (json === '[]' ? [] : (JSON.parse(json) as T[]))
