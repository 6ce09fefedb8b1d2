import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { REFLECTIONS_IN_TRASH } from '../journal/rows'
import type { ExportActionItem, ExportLeave, ExportRow, ExportTalkingPoint } from './markdown'
import type {
  CheckinSignal,
  DelegationStatus,
  LeaderResponse,
  WorkedOut
} from '../../shared/domain/delegationVocabulary'
import type { ExportScope } from '../../shared/domain/export'
import type { GoalStatus } from '../../shared/domain/goals'
import { feedbackJson, type ExportFeedback } from './feedbackNotes'

interface MemberGroup {
  id: string | null
  name: string | null
  /** Reflections of this person in scope. */
  count: number
}

type RawRow = Omit<ExportRow, 'tags' | 'delegations' | 'actionItems' | 'talkingPoints'> & {
  tagsJson: string
  delegationsJson: string
  actionItemsJson: string
  talkingPointsJson: string
}

const talkingPointsJson = (
  where: string
) => `(SELECT json_group_array(json_object('text', text, 'owner', owner,
     'jottedOn', jotted_on)) FROM (SELECT t.text, t.owner, t.jotted_on FROM talking_points t
     WHERE ${where} AND t.deleted_at IS NULL ORDER BY t.jotted_on, t.created_at, t.id)) AS talkingPointsJson`

/** The columns of one exported reflection over `reflections r LEFT JOIN members m` (the benchmark's baseline reads them too). */
export const exportColumns = `
  r.id, r.kind, r.date, r.title, r.body, r.mood, r.stance, r.member_id AS memberId, m.name AS memberName,
  r.created_at AS createdAt, r.updated_at AS updatedAt,
  (SELECT json_group_array(name) FROM (
     SELECT t.name FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
     WHERE rt.reflection_id = r.id ORDER BY t.name COLLATE NOCASE)) AS tagsJson,
  (SELECT json_group_array(json_object('id', id, 'title', title)) FROM (
     SELECT d.id, d.title FROM reflection_delegations rd JOIN delegations d ON d.id = rd.delegation_id
     WHERE rd.reflection_id = r.id AND d.deleted_at IS NULL ORDER BY d.title, d.id)) AS delegationsJson,
  (SELECT json_group_array(json_object('text', text, 'owner', owner, 'dueDate', due_date, 'status', status)) FROM (
     SELECT a.text, a.owner, a.due_date, a.status FROM action_items a
     WHERE a.reflection_id = r.id AND a.deleted_at IS NULL ORDER BY a.created_at, a.id)) AS actionItemsJson,
  ${talkingPointsJson('t.reflection_id = r.id')}`

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

/**
 * The people in scope, by name (general reflections, without a person, last): for one person or everything,
 * every person (archived ones too, each gets a note) and general reflections if there are any; for a date range
 * or one reflection, the people with reflections in it.
 */
export function membersInScope(db: Db, scope: ExportScope): MemberGroup[] {
  if (scope.kind === 'all' || scope.kind === 'member') {
    const memberId = scope.kind === 'member' ? scope.memberId : null
    // Each count is every reflection of the person, from the (member_id, date) index alone, less those in the
    // trash, from the trash's index (`+`: not the person's index, which would read every row to check it):
    // counting only live rows read every reflection of the journal, 80 ms with 50,000, the window waiting.
    const live = (member: string) => `(SELECT count(*) FROM reflections r WHERE r.member_id IS ${member})
      - (SELECT count(*) FROM reflections r WHERE +r.member_id IS ${member} AND r.deleted_at IS NOT NULL)`
    return db
      .prepare(
        `SELECT * FROM (
           SELECT m.id, m.name, ${live('m.id')} AS count
           FROM members m WHERE m.deleted_at IS NULL AND (@memberId IS NULL OR m.id = @memberId)
           UNION ALL
           SELECT NULL, NULL, ${live('NULL')} AS count WHERE @memberId IS NULL)
         WHERE id IS NOT NULL OR count > 0
         ORDER BY name IS NULL, name COLLATE NOCASE, name, id`
      )
      .all({ memberId }) as MemberGroup[]
  }
  const where = scopeWhere(scope)
  // `+r.member_id`: grouping through the (member_id, date) index would read every reflection of the journal
  // for a week's export; this way the date index finds the range (4 ms -> 0.1 ms for a day of 50,000).
  return db
    .prepare(
      `SELECT r.member_id AS id, m.name, count(*) AS count FROM reflections r LEFT JOIN members m ON m.id = r.member_id
       WHERE ${where.sql} GROUP BY +r.member_id ORDER BY m.name IS NULL, m.name COLLATE NOCASE, m.name, r.member_id`
    )
    .all(where.params) as MemberGroup[]
}

/**
 * One person's reflections in scope, streamed (`iterate`, never the whole journal in memory), oldest first,
 * through the (member_id, date) index, so no sort holds every body at once.
 *
 * This and the other per-person reads take their statements from the connection's cache (`sql`), prepared once
 * per export: prepared per person, each lived until a full garbage collection, which a statement's native
 * memory (tens of KB, unseen by V8) never prompted; peak memory of an export then grew with the people.
 */
export function* reflectionsOf(db: Db, scope: ExportScope, memberId: string | null): Generator<ExportRow> {
  const where = scopeWhere(scope)
  const statement = sql(
    db,
    `SELECT ${exportColumns} FROM reflections r LEFT JOIN members m ON m.id = r.member_id
     WHERE ${where.sql} AND r.member_id IS @groupMember ORDER BY r.date, r.created_at, r.id`
  )
  for (const raw of statement.iterate({ ...where.params, groupMember: memberId }) as Iterable<RawRow>) {
    const { tagsJson, delegationsJson, actionItemsJson, talkingPointsJson, ...row } = raw
    yield {
      ...row,
      tags: parseList(tagsJson),
      delegations: parseList(delegationsJson),
      actionItems: parseList(actionItemsJson),
      talkingPoints: parseList(talkingPointsJson)
    }
  }
}

/** Most reflections have no tags, links or items: skip the parser for those (a tenth of an export's time). */
const parseList = <T>(json: string): T[] => (json === '[]' ? [] : (JSON.parse(json) as T[]))

/** A person's own fields, as a note holds them (export writes them, import reads them back). */
export const PERSON_FIELDS = [
  'name',
  'role',
  'team',
  'email',
  'startDate',
  'strengths',
  'growthAreas',
  'aspirations',
  'notes',
  'cadenceDays',
  'archivedAt'
] as const
export interface PersonFields {
  name: string
  role: string | null
  team: string | null
  email: string | null
  startDate: string | null
  strengths: string | null
  growthAreas: string | null
  aspirations: string | null
  notes: string | null
  cadenceDays: number
  archivedAt: string | null
}

/** A person as their note shows them. */
export interface PersonRow extends PersonFields {
  id: string
  createdAt: string
  updatedAt: string
  /** Their action items not tied to a reflection. */
  actionItems: ExportActionItem[]
  /** Their talking points not discussed yet (or discussed in a reflection now in the trash). */
  talkingPoints: ExportTalkingPoint[]
  leave: ExportLeave
  /** Their growth goals not in the trash, as they were set. */
  goals: ExportGoal[]
  feedback: ExportFeedback[]
}

/** A growth goal, as its person's note holds it. */
export interface ExportGoal {
  id: string
  title: string
  why: string | null
  status: GoalStatus
  created: string
  updated: string
}

/**
 * The open talking points are those of no reflection or of one in the trash, found from the trash's index
 * (REFLECTIONS_IN_TRASH): 8.4 -> 0.4 ms for 20 people with 2,900 points.
 */
export function personOf(db: Db, id: string): PersonRow {
  const row = sql(
    db,
    `SELECT m.id, m.name, m.role, m.team, m.email, m.start_date AS startDate, m.strengths,
         m.growth_areas AS growthAreas, m.aspirations, m.notes, m.cadence_days AS cadenceDays,
         m.archived_at AS archivedAt, m.created_at AS createdAt, m.updated_at AS updatedAt,
         (SELECT json_group_array(json_object('text', text, 'owner', owner, 'dueDate', due_date, 'status', status))
          FROM (SELECT a.text, a.owner, a.due_date, a.status FROM action_items a
                WHERE a.member_id = m.id AND a.reflection_id IS NULL AND a.deleted_at IS NULL
                ORDER BY a.created_at, a.id)) AS actionItemsJson,
         ${talkingPointsJson(`t.member_id = m.id AND (t.reflection_id IS NULL
           OR t.reflection_id IN ${REFLECTIONS_IN_TRASH})`)},
         (SELECT json_group_array(json_object('startsOn', starts_on, 'endsOn', ends_on, 'note', note))
          FROM (SELECT * FROM away_periods w WHERE w.member_id = m.id AND w.deleted_at IS NULL
                ORDER BY w.starts_on, w.ends_on, w.created_at, w.id)) AS awayJson,
         (SELECT json_group_array(json_object('date', date, 'reason', reason))
          FROM (SELECT * FROM one_on_one_skips s WHERE s.member_id = m.id AND s.deleted_at IS NULL
                ORDER BY s.date, s.created_at, s.id)) AS skipsJson,
         (SELECT json_group_array(json_object('id', id, 'title', title, 'why', why, 'status', status,
            'created', created_at, 'updated', updated_at))
          FROM (SELECT * FROM goals g WHERE g.member_id = m.id AND g.deleted_at IS NULL
                ORDER BY g.created_at, g.id)) AS goalsJson,
         ${feedbackJson('m.id')}
       FROM members m WHERE m.id = ?`
  ).get(id) as Omit<PersonRow, 'actionItems' | 'talkingPoints' | 'leave' | 'goals' | 'feedback'> & {
    actionItemsJson: string
    talkingPointsJson: string
    awayJson: string
    skipsJson: string
    goalsJson: string
    feedbackJson: string
  }
  const {
    actionItemsJson,
    talkingPointsJson: points,
    awayJson,
    skipsJson,
    goalsJson,
    feedbackJson: given,
    ...person
  } = row
  return {
    ...person,
    actionItems: parseList(actionItemsJson),
    talkingPoints: parseList(points),
    leave: { away: parseList(awayJson), skips: parseList(skipsJson) },
    goals: parseList(goalsJson),
    feedback: parseList(given)
  }
}

/** A delegation's own fields, as its note holds them. */
export const DELEGATION_FIELDS = [
  'title',
  'responsibility',
  'whyThisPerson',
  'successCriteria',
  'authorityLevel',
  'resources',
  'constraints',
  'rescueTrigger',
  'rescueOn',
  'rescueSignal',
  'rescueSignalTimes',
  'rescueHappenedOn',
  'checkinEveryDays',
  'dueDate',
  'status',
  'outcome',
  'lessons',
  'startedOn',
  'completedOn',
  'goalId'
] as const
export interface DelegationFields {
  title: string
  responsibility: string | null
  whyThisPerson: string | null
  successCriteria: string[]
  authorityLevel: number
  resources: string | null
  constraints: string | null
  rescueTrigger: string | null
  rescueOn: string | null
  rescueSignal: CheckinSignal | null
  rescueSignalTimes: number | null
  rescueHappenedOn: string | null
  checkinEveryDays: number | null
  dueDate: string | null
  status: DelegationStatus
  outcome: string | null
  lessons: string | null
  startedOn: string | null
  completedOn: string | null
  /** The growth goal it serves (one of the same person's), or null. */
  goalId: string | null
}

/** A change of a delegation's authority level, as its note holds it. */
export interface AuthorityChangeFields {
  id: string
  from: number | null
  to: number
  reason: string | null
  on: string
}

/** A check-in, as its delegation's note holds it. */
export interface CheckinFields {
  id: string
  date: string
  progress: string | null
  signal: CheckinSignal
  struggles: string | null
  response: LeaderResponse
  note: string | null
  workedOut: WorkedOut | null
  lesson: string | null
}

/** The leader's private prediction at hand-off: exported only when asked for. */
export interface PredictionFields {
  successEstimate: number | null
  expectedStruggle: string | null
}

export interface DelegationRow extends DelegationFields, PredictionFields {
  /** The title of the goal it serves, shown beside its id. */
  goalTitle: string | null
  tags: string[]
  id: string
  memberId: string
  memberName: string
  createdAt: string
  updatedAt: string
  changes: (AuthorityChangeFields & { created: string; updated: string })[]
  checkins: (CheckinFields & { created: string; updated: string })[]
}

/** A person's delegations (not in the trash) with their level changes and check-ins, by title. */
export function* delegationsOf(db: Db, memberId: string): Generator<DelegationRow> {
  const statement = sql(
    db,
    `SELECT d.id, d.member_id AS memberId, m.name AS memberName, d.title, d.responsibility,
       d.why_this_person AS whyThisPerson, d.success_criteria AS successCriteria, d.authority_level AS authorityLevel,
       d.resources, d.constraints_text AS constraints, d.rescue_trigger AS rescueTrigger,
       d.rescue_on AS rescueOn, d.rescue_signal AS rescueSignal, d.rescue_signal_times AS rescueSignalTimes,
       d.rescue_happened_on AS rescueHappenedOn, d.success_estimate AS successEstimate,
       d.expected_struggle AS expectedStruggle, d.checkin_every_days AS checkinEveryDays,
       (SELECT json_group_array(name) FROM (SELECT t.name FROM delegation_tags dt JOIN tags t ON t.id = dt.tag_id
          WHERE dt.delegation_id = d.id ORDER BY t.name COLLATE NOCASE)) AS tagsJson, d.due_date AS dueDate, d.status, d.outcome, d.lessons,
       d.started_on AS startedOn, d.completed_on AS completedOn, d.created_at AS createdAt, d.updated_at AS updatedAt,
       g.id AS goalId, g.title AS goalTitle,
       (SELECT json_group_array(json_object('id', id, 'from', from_level, 'to', to_level, 'reason', reason,
          'on', changed_on, 'created', created_at, 'updated', updated_at))
        FROM (SELECT * FROM authority_changes a WHERE a.delegation_id = d.id AND a.deleted_at IS NULL
              ORDER BY a.changed_on, a.created_at, a.id)) AS changesJson,
       (SELECT json_group_array(json_object('id', id, 'date', date, 'progress', progress, 'signal', signal,
          'struggles', struggles, 'response', leader_response, 'note', note, 'workedOut', worked_out,
          'lesson', lesson, 'created', created_at, 'updated', updated_at))
        FROM (SELECT * FROM checkins c WHERE c.delegation_id = d.id AND c.deleted_at IS NULL
              ORDER BY c.date, c.created_at, c.id)) AS checkinsJson
     FROM delegations d JOIN members m ON m.id = d.member_id
       LEFT JOIN goals g ON g.id = d.goal_id AND g.deleted_at IS NULL
     WHERE d.member_id = ? AND d.deleted_at IS NULL ORDER BY d.title COLLATE NOCASE, d.title, d.id`
  )
  type Raw = Omit<DelegationRow, 'successCriteria' | 'changes' | 'checkins' | 'tags'> & {
    successCriteria: string
    tagsJson: string
    changesJson: string
    checkinsJson: string
  }
  for (const raw of statement.iterate(memberId) as Iterable<Raw>) {
    const { successCriteria, changesJson, checkinsJson, tagsJson, ...row } = raw
    yield {
      ...row,
      successCriteria: JSON.parse(successCriteria) as string[],
      tags: JSON.parse(tagsJson) as string[],
      changes: parseList(changesJson),
      checkins: parseList(checkinsJson)
    }
  }
}
