import type {
  Reflection,
  ReflectionCreate,
  ReflectionList,
  ReflectionPage,
  ReflectionSaved,
  ReflectionUpdate
} from '../../shared/domain/reflections'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { whereClause } from '../db/where'
import { getMember } from './members'
import { excerptOf, newId, nextStamp, now } from './rows'
import { defaultTitle } from '../../shared/domain/titles'
import { listTags, setReflectionTags, tagsJsonColumn } from './tags'
import { moveToTrash, restoreFromTrash } from './trash'

type ReflectionRow = Omit<Reflection, 'tags'> & { tagsJson: string }

const reflectionColumns = `
  r.id, r.kind, r.member_id AS memberId, m.name AS memberName, r.date, r.title, r.body, r.mood, r.stance,
  r.created_at AS createdAt, r.updated_at AS updatedAt, r.deleted_at AS deletedAt, ${tagsJsonColumn}`

const fromReflections = 'FROM reflections r LEFT JOIN members m ON m.id = r.member_id'

function toReflection({ tagsJson, ...row }: ReflectionRow): Reflection {
  return { ...row, tags: JSON.parse(tagsJson) as string[] }
}

function findReflection(db: Db, id: string): Reflection | undefined {
  const row = sql(db, `SELECT ${reflectionColumns} ${fromReflections} WHERE r.id = ?`).get(id) as
    ReflectionRow | undefined
  return row && toReflection(row)
}

const missing = () => new LeapError('not_found', 'This reflection no longer exists.')

/** A reflection, including one in the trash (it can be opened there and restored). */
export function getReflection(db: Db, id: string): Reflection {
  const reflection = findReflection(db, id)
  if (!reflection) throw missing()
  return reflection
}

export function createReflection(db: Db, input: ReflectionCreate): ReflectionSaved {
  const memberId = input.memberId ?? null
  if (input.kind === 'one_on_one' && !memberId) {
    throw new LeapError('invalid_input', 'Choose who the one-on-one was with.', {
      memberId: 'Choose a team member.'
    })
  }
  const member = memberId ? getMember(db, memberId) : null
  const id = newId()
  const stamp = now()
  sql(
    db,
    `INSERT INTO reflections (id, member_id, kind, date, title, body, mood, stance, created_at, updated_at)
     VALUES (@id, @memberId, @kind, @date, @title, @body, @mood, @stance, @stamp, @stamp)`
  ).run({
    id,
    memberId,
    kind: input.kind,
    date: input.date,
    title: input.title || defaultTitle(input.kind, member?.name ?? null, input.date),
    body: input.body ?? '',
    mood: input.mood ?? null,
    stance: input.stance ?? null,
    stamp
  })
  if (input.tags) setReflectionTags(db, id, input.tags)
  return { reflection: getReflection(db, id), notice: null }
}

const editableColumns = {
  date: 'date',
  title: 'title',
  body: 'body',
  mood: 'mood',
  stance: 'stance'
} as const

/**
 * Saves an editor's changes. Never loses text: if another window saved a different text since this editor
 * loaded (`baseUpdatedAt` is stale), that text is kept as a "conflicting copy" before this one is written,
 * also when that window then moved it to the trash (docs/RELIABILITY.md F5); if the reflection was moved to
 * the trash meanwhile, the edit brings it back.
 */
export function updateReflection(
  db: Db,
  { id, baseUpdatedAt, tags, ...patch }: ReflectionUpdate
): ReflectionSaved {
  const current = getReflection(db, id)
  let notice: ReflectionSaved['notice'] = null

  if (current.deletedAt) {
    restoreFromTrash(db, 'reflection', id)
    notice = { kind: 'restored_from_trash' }
  }
  // An empty title is saved as the default one: compare what will be written, or a late save of the very
  // same words (a reload while a save was in flight) would file them as a "conflicting copy" of themselves.
  if (patch.title !== undefined && patch.title === '') {
    patch.title = defaultTitle(current.kind, current.memberName, patch.date ?? current.date)
  }
  if (current.updatedAt !== baseUpdatedAt && overwritesText(current, patch)) {
    notice = { kind: 'conflict_copy', copyId: keepConflictingCopy(db, current) }
  }
  const fields = (Object.keys(editableColumns) as (keyof typeof editableColumns)[]).filter(
    (field) => patch[field] !== undefined
  )
  const assignments = fields.map((field) => `${editableColumns[field]} = @${field}`)
  sql(db, `UPDATE reflections SET ${[...assignments, 'updated_at = @stamp'].join(', ')} WHERE id = @id`).run({
    ...Object.fromEntries(fields.map((field) => [field, patch[field] ?? null])),
    id,
    stamp: nextStamp(current.updatedAt)
  })
  if (tags) setReflectionTags(db, id, tags)
  return { reflection: getReflection(db, id), notice }
}

function overwritesText(current: Reflection, patch: Pick<ReflectionUpdate, 'title' | 'body'>): boolean {
  return (
    (patch.body !== undefined && patch.body !== current.body) ||
    (patch.title !== undefined && patch.title !== current.title)
  )
}

function keepConflictingCopy(db: Db, current: Reflection): string {
  const copy = createReflection(db, {
    kind: current.kind,
    memberId: current.memberId,
    date: current.date,
    title: `${current.title} (conflicting copy)`,
    body: current.body,
    mood: current.mood,
    stance: current.stance,
    tags: current.tags
  })
  return copy.reflection.id
}

const PAGE_SIZE = 50

/** The journal, newest first, filtered, in pages (keyset on date and id, so paging stays fast at any depth). */
export function listReflections(db: Db, query: ReflectionList): ReflectionPage {
  const limit = query.limit ?? PAGE_SIZE
  const where = whereClause(['r.deleted_at IS NULL'])
  where.filter('r.member_id = @memberId', { memberId: query.memberId })
  where.filter('r.kind = @kind', { kind: query.kind })
  where.filter('r.date >= @from', { from: query.from })
  where.filter('r.date <= @to', { to: query.to })
  where.filter(
    `EXISTS (SELECT 1 FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
       WHERE rt.reflection_id = r.id AND t.name = @tag COLLATE NOCASE)`,
    { tag: query.tag }
  )
  where.filter('(r.date < @afterDate OR (r.date = @afterDate AND r.id < @afterId))', {
    afterDate: query.after?.date,
    afterId: query.after?.id
  })
  const rows = sql(
    db,
    `SELECT r.id, r.kind, r.member_id AS memberId, m.name AS memberName, r.date, r.title, substr(r.body, 1, 600) AS head,
       r.mood, r.stance, r.created_at AS createdAt, r.updated_at AS updatedAt, r.deleted_at AS deletedAt, ${tagsJsonColumn}
     ${fromReflections} ${where.sql}
     ORDER BY r.date DESC, r.id DESC LIMIT @limit`
  ).all({ ...where.params, limit: limit + 1 }) as (Omit<ReflectionRow, 'body'> & { head: string })[]
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    items: page.map(({ head, tagsJson, ...row }) => ({
      ...row,
      tags: JSON.parse(tagsJson) as string[],
      excerpt: excerptOf(head)
    })),
    next: rows.length > limit && last ? { date: last.date, id: last.id } : null
  }
}

type ReflectionsChannel =
  | 'reflections.create'
  | 'reflections.update'
  | 'reflections.get'
  | 'reflections.list'
  | 'reflections.delete'
  | 'reflections.restore'
  | 'reflections.tags'

export const reflectionsHandlers: ChannelHandlers<ReflectionsChannel> = {
  'reflections.create': ({ journal }, input) => createReflection(journal.db, input),
  'reflections.update': ({ journal }, input) => updateReflection(journal.db, input),
  'reflections.get': ({ journal }, { id }) => getReflection(journal.db, id),
  'reflections.list': ({ journal }, input) => listReflections(journal.db, input),
  'reflections.delete': ({ journal }, { id }) => moveToTrash(journal.db, 'reflection', id),
  'reflections.restore': ({ journal }, { id }) => {
    restoreFromTrash(journal.db, 'reflection', id)
    return getReflection(journal.db, id)
  },
  'reflections.tags': ({ journal }) => listTags(journal.db)
}
