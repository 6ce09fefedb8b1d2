import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { plainText } from '../export/markdown'
import type { ParsedItem } from './items'
import type { ParsedDelegation, ParsedPerson } from './parseNotes'
import { nameKey } from './people'
import { fieldsOfDelegation, fieldsOfPerson } from './rules'
import type { ItemChange, ReflectionRow } from './write'

/**
 * Whether a note says anything the journal does not already hold. Texts are compared as the export writes them
 * (trailing spaces and line ends do not count), so importing an export into the journal it came from changes
 * nothing at all.
 */
export const sameText = (a: string | null, b: string | null) => (a ?? '').trimEnd() === (b ?? '').trimEnd()

interface CurrentItem {
  id: string
  text: string
  owner: 'me' | 'them'
  dueDate: string | null
  status: 'open' | 'done' | 'dropped'
}

const itemsJson = (
  where: string
) => `(SELECT json_group_array(json_object('id', id, 'text', text, 'owner', owner,
    'dueDate', due_date, 'status', status)) FROM (SELECT * FROM action_items a WHERE ${where} AND a.deleted_at IS NULL
    ORDER BY a.created_at, a.id)) AS itemsJson`

/**
 * The item writes that bring the journal in line with a note's task list: an item with the same text (as the
 * export writes it) is updated where its owner, due date or state changed; a new text is a new item. Items the
 * note no longer lists are kept: a deleted line is not a reason to delete someone's commitment.
 */
export function itemChanges(
  current: readonly CurrentItem[],
  items: readonly ParsedItem[] | null
): ItemChange[] {
  if (items === null) return []
  const unmatched = [...current]
  const changes: ItemChange[] = []
  for (const item of items) {
    const index = unmatched.findIndex((c) => plainText(c.text) === plainText(item.text))
    if (index < 0) {
      changes.push({ id: null, item })
      continue
    }
    const [match] = unmatched.splice(index, 1)
    if (match!.owner !== item.owner || match!.dueDate !== item.dueDate || match!.status !== item.status)
      changes.push({ id: match!.id, item })
  }
  return changes
}

export function currentPerson(db: Db, id: string) {
  const row = sql(
    db,
    `SELECT m.id, m.name, m.role, m.team, m.email, m.start_date AS startDate, m.strengths, m.growth_areas AS growthAreas,
       m.aspirations, m.notes, m.cadence_days AS cadenceDays, m.archived_at AS archivedAt, m.updated_at AS updatedAt,
       ${itemsJson('a.member_id = m.id AND a.reflection_id IS NULL')}
     FROM members m WHERE m.id = ?`
  ).get(id) as (ReturnType<typeof fieldsOfPerson> & { updatedAt: string; itemsJson: string }) | undefined
  return row ? { ...row, items: JSON.parse(row.itemsJson) as CurrentItem[] } : null
}

export function samePerson(current: ReturnType<typeof fieldsOfPerson>, person: ParsedPerson): boolean {
  const note = fieldsOfPerson(person)
  return (Object.keys(note) as (keyof typeof note)[]).every((key) =>
    typeof note[key] === 'string' || typeof current[key] === 'string'
      ? sameText(current[key] as string | null, note[key] as string | null)
      : current[key] === note[key]
  )
}

export function currentDelegation(db: Db, id: string) {
  const row = sql(
    db,
    `SELECT id, member_id AS memberId, title, responsibility, why_this_person AS whyThisPerson,
       success_criteria AS successCriteria, authority_level AS authorityLevel, resources, constraints_text AS constraints,
       rescue_trigger AS rescueTrigger, rescue_on AS rescueOn, rescue_signal AS rescueSignal,
       rescue_signal_times AS rescueSignalTimes, rescue_happened_on AS rescueHappenedOn,
       success_estimate AS successEstimate, expected_struggle AS expectedStruggle,
       checkin_every_days AS checkinEveryDays, due_date AS dueDate, status, outcome,
       lessons, started_on AS startedOn, completed_on AS completedOn, updated_at AS updatedAt, deleted_at AS deletedAt,
       (SELECT g.id FROM goals g WHERE g.id = delegations.goal_id AND g.deleted_at IS NULL) AS goalId,
       (SELECT json_group_array(t.name) FROM delegation_tags dt JOIN tags t ON t.id = dt.tag_id
        WHERE dt.delegation_id = delegations.id) AS tagsJson
     FROM delegations WHERE id = ?`
  ).get(id) as
    | (Record<string, unknown> & {
        updatedAt: string
        deletedAt: string | null
        successCriteria: string
        tagsJson: string
      })
    | undefined
  if (!row) return null
  const { tagsJson, ...fields } = row
  return {
    ...fields,
    successCriteria: JSON.parse(row.successCriteria) as string[],
    tags: JSON.parse(tagsJson) as string[]
  }
}

export function sameDelegation(
  current: Record<string, unknown>,
  delegation: ParsedDelegation,
  memberId: string
): boolean {
  const note: Record<string, unknown> = {
    ...fieldsOfDelegation(delegation),
    ...delegation.prediction,
    memberId
  }
  if (!sameTags(current.tags as string[], delegation.tags)) return false
  return Object.keys(note).every((key) =>
    key === 'successCriteria'
      ? JSON.stringify(current[key]) === JSON.stringify(note[key])
      : typeof note[key] === 'string' || typeof current[key] === 'string'
        ? sameText(current[key] as string | null, note[key] as string | null)
        : current[key] === note[key]
  )
}

type Child = ParsedDelegation['changes'][number] | ParsedDelegation['checkins'][number]

/** A level change or check-in by id: new, the same, changed, or one that belongs to another delegation. */
export function childState(
  db: Db,
  table: 'authority_changes' | 'checkins',
  id: string,
  delegationId: string,
  child: Child
): 'new' | 'unchanged' | 'changed' | 'elsewhere' {
  const columns =
    table === 'checkins'
      ? `date, progress, signal, struggles, leader_response AS response, note, worked_out AS workedOut, lesson`
      : `from_level AS "from", to_level AS "to", reason, changed_on AS "on"`
  const row = sql(db, `SELECT delegation_id AS delegationId, ${columns} FROM ${table} WHERE id = ?`).get(
    id
  ) as Record<string, unknown> | undefined
  if (!row) return 'new'
  if (row.delegationId !== delegationId) return 'elsewhere'
  const same = Object.entries(row).every(([key, value]) =>
    key === 'delegationId'
      ? true
      : typeof value === 'string' || typeof child[key as keyof Child] === 'string'
        ? sameText(value as string | null, child[key as keyof Child] as string | null)
        : value === child[key as keyof Child]
  )
  return same ? 'unchanged' : 'changed'
}

export function liveDelegation(db: Db, id: string): boolean {
  return sql(db, 'SELECT 1 FROM delegations WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined
}

/** A delegation named in another tool's note (or an old export) by its title: one of the person's. */
export function titleMatch(
  db: Db,
  imported: ReadonlyMap<string, { id: string; title: string }[]>,
  memberId: string | null,
  title: string
): string | null {
  if (!memberId || title === '') return null
  const key = nameKey(title)
  const journal = sql(db, 'SELECT id, title FROM delegations WHERE member_id = ? AND deleted_at IS NULL').all(
    memberId
  ) as {
    id: string
    title: string
  }[]
  const found = [...(imported.get(memberId) ?? []), ...journal].filter((d) => nameKey(d.title) === key)
  return found.length > 0 ? found[0]!.id : null
}

export function currentReflection(db: Db, id: string) {
  const row = sql(
    db,
    `SELECT r.id, r.member_id AS memberId, r.kind, r.date, r.title, r.body, r.mood, r.stance,
       r.updated_at AS updatedAt, r.deleted_at AS deletedAt,
       (SELECT json_group_array(t.name) FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
        WHERE rt.reflection_id = r.id) AS tagsJson,
       (SELECT json_group_array(delegation_id) FROM reflection_delegations WHERE reflection_id = r.id) AS linksJson,
       ${itemsJson('a.reflection_id = r.id')}
     FROM reflections r WHERE r.id = ?`
  ).get(id) as
    | (ReflectionRow & {
        updatedAt: string
        deletedAt: string | null
        tagsJson: string
        linksJson: string
        itemsJson: string
      })
    | undefined
  if (!row) return null
  return {
    ...row,
    tags: JSON.parse(row.tagsJson) as string[],
    links: JSON.parse(row.linksJson) as string[],
    items: JSON.parse(row.itemsJson) as CurrentItem[]
  }
}

const tagSet = (list: readonly string[]) => JSON.stringify([...list].map((t) => t.toLowerCase()).sort())
const sameTags = (a: readonly string[], b: readonly string[]) => tagSet(a) === tagSet(b)

export function sameReflection(
  current: NonNullable<ReturnType<typeof currentReflection>>,
  row: ReflectionRow,
  tags: readonly string[],
  delegationIds: readonly string[]
): boolean {
  return (
    current.memberId === row.memberId &&
    current.kind === row.kind &&
    current.date === row.date &&
    current.title === row.title &&
    sameText(current.body, row.body) &&
    current.mood === row.mood &&
    current.stance === row.stance &&
    sameTags(current.tags, tags) &&
    sameTags(current.links, delegationIds)
  )
}
