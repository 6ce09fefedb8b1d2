import type {
  Member,
  MemberArchive,
  MemberCreate,
  MemberList,
  MemberUpdate,
  TimelineItem,
  TimelinePage,
  TimelineQuery
} from '../../shared/domain/members'
import { DEFAULT_CADENCE_DAYS } from '../../shared/domain/cadence'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { REFLECTIONS_IN_TRASH, excerptOf, newId, now } from './rows'
import { moveToTrash, restoreFromTrash } from './trash'
import type { WorkedOut } from '../../shared/domain/delegationVocabulary'
import type { GoalStatus } from '../../shared/domain/goals'

const memberColumns = `
  m.id, m.name, m.role, m.team, m.email, m.start_date AS startDate, m.strengths, m.growth_areas AS growthAreas,
  m.aspirations, m.notes, m.cadence_days AS cadenceDays, m.archived_at AS archivedAt,
  m.created_at AS createdAt, m.updated_at AS updatedAt,
  (SELECT max(r.date) FROM reflections r WHERE r.member_id = m.id AND r.kind = 'one_on_one'
    AND r.deleted_at IS NULL AND r.date <= @upTo) AS lastOneOnOne,
  (SELECT max(s.date) FROM one_on_one_skips s WHERE s.member_id = m.id AND s.deleted_at IS NULL
    AND s.date <= @upTo) AS lastSkipped,
  (SELECT json_group_array(json_object('startsOn', starts_on, 'endsOn', ends_on)) FROM (
     SELECT w.starts_on, w.ends_on FROM away_periods w
     WHERE w.member_id = m.id AND w.deleted_at IS NULL AND w.ends_on >= coalesce(
       (SELECT max(r.date) FROM reflections r WHERE r.member_id = m.id AND r.kind = 'one_on_one'
        AND r.deleted_at IS NULL AND r.date <= @upTo), '')
     ORDER BY w.starts_on)) AS awayJson`

/**
 * One-on-ones up to `today` only, as Today and Insights count them: one dated ahead (a note written before the
 * meeting, a typo in the year) is not the last one held. Without a day, every one counts.
 */
const upTo = (today: string | undefined) => today ?? '9999-12-31'

type MemberRow = Omit<Member, 'away'> & { awayJson: string }

/** Most people have no time away: skip the parser for those. */
const toMember = ({ awayJson, ...row }: MemberRow): Member => ({
  ...row,
  away: awayJson === '[]' ? [] : (JSON.parse(awayJson) as Member['away'])
})

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

export function listMembers(db: Db, { includeArchived = false, today }: MemberList): Member[] {
  return (
    sql(
      db,
      `SELECT ${memberColumns} FROM members m
     WHERE m.deleted_at IS NULL AND (@includeArchived OR m.archived_at IS NULL)
     ORDER BY m.name COLLATE NOCASE, m.created_at`
    ).all({ includeArchived: includeArchived ? 1 : 0, upTo: upTo(today) }) as MemberRow[]
  ).map(toMember)
}

export const missingMember = () =>
  new LeapError('not_found', 'This team member no longer exists. They may have been deleted.')

/** Checks that a member exists and is not in the trash, reading nothing else (their last 1:1 is not needed). */
export function requireMember(db: Db, id: string): void {
  if (!sql(db, 'SELECT 1 FROM members WHERE id = ? AND deleted_at IS NULL').get(id)) throw missingMember()
}

export function getMember(db: Db, id: string): Member {
  const member = sql(
    db,
    `SELECT ${memberColumns} FROM members m WHERE m.id = @id AND m.deleted_at IS NULL`
  ).get({ id, upTo: upTo(undefined) }) as MemberRow | undefined
  if (!member) throw missingMember()
  return toMember(member)
}

/** A new member; without a cadence, the default from Settings (`defaultCadenceDays`). */
export function createMember(
  db: Db,
  input: MemberCreate,
  defaultCadenceDays: number = DEFAULT_CADENCE_DAYS
): Member {
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
    cadenceDays: input.cadenceDays ?? defaultCadenceDays
  })
  return getMember(db, id)
}

export function updateMember(db: Db, { id, ...patch }: MemberUpdate): Member {
  requireMember(db, id)
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
  requireMember(db, id)
  const stamp = now()
  sql(db, `UPDATE members SET archived_at = ?, updated_at = ? WHERE id = ?`).run(
    archived ? stamp : null,
    stamp,
    id
  )
  return getMember(db, id)
}

const TIMELINE_PAGE = 50

/**
 * A person's history, newest first: reflections, check-ins on their delegations, action items and talking
 * points (dated by the day they were written down), time away (by its first day), skipped one-on-ones and
 * growth goals (by the day they were set: no day of achieving is stored, and the status shows with it). The
 * union's columns are shared: a check-in's lesson rides in `title` and whether they worked it out in `status`.
 * Keyset paging on (date, id) over the union keeps deep pages cheap.
 */
export function memberTimeline(
  db: Db,
  { memberId, before, limit = TIMELINE_PAGE }: TimelineQuery
): TimelinePage {
  requireMember(db, memberId)
  const rows = sql(
    db,
    // A reflection's text, mood and stance are read for the page's rows only: they lie in and after its body,
    // and reading them for every reflection of the person (years of them) read every body from the disk,
    // 70-550 ms for a person opened first after start with 50,000 reflections.
    `SELECT page.kind, page.id, page.date,
       CASE page.kind WHEN 'reflection' THEN r.title ELSE page.title END AS title,
       CASE page.kind WHEN 'reflection' THEN substr(r.body, 1, 600) ELSE page.body END AS body,
       r.kind AS reflectionKind, r.mood, r.stance, page.delegationId, page.delegationTitle, page.signal,
       page.leaderResponse, page.owner, page.status, page.dueDate, page.reflectionId
     FROM (SELECT * FROM (
       SELECT 'reflection' AS kind, r.id, r.date, NULL AS title, NULL AS body, NULL AS delegationId,
         NULL AS delegationTitle, NULL AS signal, NULL AS leaderResponse, NULL AS owner, NULL AS status,
         NULL AS dueDate, NULL AS reflectionId
       FROM reflections r WHERE r.member_id = @memberId AND r.deleted_at IS NULL
       UNION ALL
       SELECT 'checkin', c.id, c.date, c.lesson, c.progress, d.id, d.title, c.signal,
         c.leader_response, NULL, c.worked_out, NULL, NULL
       FROM checkins c JOIN delegations d ON d.id = c.delegation_id
       WHERE d.member_id = @memberId AND c.deleted_at IS NULL AND d.deleted_at IS NULL
       UNION ALL
       SELECT 'action_item', a.id, substr(a.created_at, 1, 10), NULL, a.text, NULL, NULL, NULL, NULL,
         a.owner, a.status, a.due_date, NULL
       FROM action_items a WHERE a.member_id = @memberId AND a.deleted_at IS NULL
       UNION ALL
       SELECT 'talking_point', t.id, t.jotted_on, NULL, t.text, NULL, NULL, NULL, NULL,
         t.owner, NULL, NULL, CASE WHEN t.reflection_id NOT IN ${REFLECTIONS_IN_TRASH} THEN t.reflection_id END
       FROM talking_points t WHERE t.member_id = @memberId AND t.deleted_at IS NULL
       UNION ALL
       -- The last day away in the due-date column.
       SELECT 'away', w.id, w.starts_on, NULL, w.note, NULL, NULL, NULL, NULL,
         NULL, NULL, w.ends_on, NULL
       FROM away_periods w WHERE w.member_id = @memberId AND w.deleted_at IS NULL
       UNION ALL
       SELECT 'skip', s.id, s.date, NULL, s.reason, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
       FROM one_on_one_skips s WHERE s.member_id = @memberId AND s.deleted_at IS NULL
       UNION ALL
       SELECT 'goal', g.id, substr(g.created_at, 1, 10), g.title, NULL, NULL, NULL, NULL, NULL,
         NULL, g.status, NULL, NULL
       FROM goals g WHERE g.member_id = @memberId AND g.deleted_at IS NULL
       UNION ALL
       -- Feedback: its response in the title column and praise or redirect in the status column.
       SELECT 'feedback', f.id, f.given_on, f.response, f.behaviour, NULL, NULL, NULL, NULL,
         NULL, f.kind, NULL,
         (SELECT t.reflection_id FROM talking_points t JOIN reflections r ON r.id = t.reflection_id
          WHERE t.id = f.talking_point_id AND t.deleted_at IS NULL AND r.deleted_at IS NULL)
       FROM feedback f WHERE f.member_id = @memberId AND f.deleted_at IS NULL AND f.given_on IS NOT NULL
     )
     WHERE @beforeDate IS NULL OR date < @beforeDate OR (date = @beforeDate AND id < @beforeId)
     ORDER BY date DESC, id DESC LIMIT @limit) page
     LEFT JOIN reflections r ON page.kind = 'reflection' AND r.id = page.id
     ORDER BY page.date DESC, page.id DESC`
  ).all({
    memberId,
    beforeDate: before?.date ?? null,
    beforeId: before?.id ?? '',
    limit: limit + 1
  }) as TimelineRow[]
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    items: page.map(toTimelineItem),
    next: rows.length > limit && last ? { date: last.date, id: last.id } : null
  }
}

interface TimelineRow {
  kind: TimelineItem['kind']
  id: string
  date: string
  title: string | null
  body: string | null
  reflectionKind: 'one_on_one' | 'general' | null
  mood: number | null
  stance: number | null
  delegationId: string | null
  delegationTitle: string | null
  signal: string | null
  leaderResponse: string | null
  owner: string | null
  status: string | null
  dueDate: string | null
  reflectionId: string | null
}

function toTimelineItem(row: TimelineRow): TimelineItem {
  switch (row.kind) {
    case 'reflection':
      return {
        kind: 'reflection',
        id: row.id,
        date: row.date,
        title: row.title ?? '',
        excerpt: excerptOf(row.body ?? ''),
        reflectionKind: row.reflectionKind ?? 'one_on_one',
        mood: row.mood,
        stance: row.stance
      }
    case 'checkin':
      return {
        kind: 'checkin',
        id: row.id,
        date: row.date,
        delegationId: row.delegationId!,
        delegationTitle: row.delegationTitle ?? '',
        signal: row.signal ?? '',
        leaderResponse: row.leaderResponse ?? '',
        // A progress note can be pages long: the timeline shows a line of it, as it does a reflection's body.
        progress: row.body === null ? null : excerptOf(row.body) || null,
        workedOut: row.status as WorkedOut | null,
        lesson: row.title
      }
    case 'action_item':
      return {
        kind: 'action_item',
        id: row.id,
        date: row.date,
        text: row.body ?? '',
        owner: row.owner ?? 'me',
        status: row.status ?? 'open',
        dueDate: row.dueDate
      }
    case 'talking_point':
      return {
        kind: 'talking_point',
        id: row.id,
        date: row.date,
        text: row.body ?? '',
        owner: row.owner ?? 'me',
        reflectionId: row.reflectionId
      }
    case 'away':
      return { kind: 'away', id: row.id, date: row.date, endsOn: row.dueDate!, note: row.body }
    case 'skip':
      return { kind: 'skip', id: row.id, date: row.date, reason: row.body ?? '' }
    case 'goal':
      return {
        kind: 'goal',
        id: row.id,
        date: row.date,
        title: row.title ?? '',
        status: row.status as GoalStatus
      }
    case 'feedback':
      return {
        kind: 'feedback',
        id: row.id,
        date: row.date,
        feedbackKind: row.status === 'redirect' ? 'redirect' : 'praise',
        behaviour: row.body ?? '',
        response: row.title,
        reflectionId: row.reflectionId
      }
  }
}

type MembersChannel =
  | 'members.create'
  | 'members.update'
  | 'members.list'
  | 'members.get'
  | 'members.archive'
  | 'members.delete'
  | 'members.restore'
  | 'members.timeline'

export const membersHandlers: ChannelHandlers<MembersChannel> = {
  'members.create': ({ journal, preferences }, input) =>
    createMember(journal.db, input, preferences?.().defaultCadenceDays),
  'members.update': ({ journal }, input) => updateMember(journal.db, input),
  'members.list': ({ journal }, input) => listMembers(journal.db, input),
  'members.get': ({ journal }, { id }) => getMember(journal.db, id),
  'members.archive': ({ journal }, input) => archiveMember(journal.db, input),
  'members.delete': ({ journal }, { id }) => moveToTrash(journal.db, 'member', id),
  'members.restore': ({ journal }, { id }) => {
    restoreFromTrash(journal.db, 'member', id)
    return getMember(journal.db, id)
  },
  'members.timeline': ({ journal }, input) => memberTimeline(journal.db, input)
}
