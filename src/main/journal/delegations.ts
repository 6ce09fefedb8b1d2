import type {
  AuthorityChangeInput,
  Delegation,
  DelegationDetail,
  DelegationClose,
  DelegationCreate,
  DelegationList,
  DelegationUpdate
} from '../../shared/domain/delegations'
import { DUE_BEFORE_START_MESSAGE } from '../../shared/domain/delegations'
import {
  CLOSED_STATUSES,
  authorityLevel,
  type DelegationStatus
} from '../../shared/domain/delegationVocabulary'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { listAuthoritySteps, memberLadder, recordAuthorityStep } from './authority'
import { createCheckin, deleteCheckin, listCheckins, restoreCheckin, updateCheckin } from './checkins'
import { requireGoalOf } from './goals'
import { interventionLog } from './interventions'
import { areaLessons, lettingGoRecord } from './lettingGo'
import { todayLocal } from './localDay'
import { requireMember } from './members'
import { newId, now } from './rows'
import { setTags } from './tags'
import { moveToTrash, restoreFromTrash } from './trash'

/** Visible delegations: not in the trash, and neither is their member. */
const delegationSelect = `
  SELECT d.id, d.member_id AS memberId, m.name AS memberName, d.title, d.responsibility,
    d.why_this_person AS whyThisPerson, d.success_criteria AS successCriteria,
    d.authority_level AS authorityLevel, d.resources, d.constraints_text AS constraints,
    d.rescue_trigger AS rescueTrigger, d.rescue_on AS rescueOn, d.rescue_signal AS rescueSignal,
    d.rescue_signal_times AS rescueSignalTimes, d.rescue_happened_on AS rescueHappenedOn,
    d.success_estimate AS successEstimate, d.expected_struggle AS expectedStruggle,
    (SELECT json_group_array(name) FROM (SELECT t.name FROM delegation_tags dt JOIN tags t ON t.id = dt.tag_id
      WHERE dt.delegation_id = d.id ORDER BY t.name COLLATE NOCASE)) AS tagsJson,
    d.checkin_every_days AS checkinEveryDays, d.due_date AS dueDate,
    d.status, d.outcome, d.lessons, d.started_on AS startedOn, d.completed_on AS completedOn,
    d.created_at AS createdAt, d.updated_at AS updatedAt,
    (SELECT count(*) FROM checkins c WHERE c.delegation_id = d.id AND c.deleted_at IS NULL) AS checkinCount,
    (SELECT max(c.date) FROM checkins c WHERE c.delegation_id = d.id AND c.deleted_at IS NULL) AS lastCheckinOn,
    (SELECT c.signal FROM checkins c WHERE c.delegation_id = d.id AND c.deleted_at IS NULL
      ORDER BY c.date DESC, c.created_at DESC LIMIT 1) AS lastSignal,
    g.id AS goalId, g.title AS goalTitle
  FROM delegations d JOIN members m ON m.id = d.member_id
    LEFT JOIN goals g ON g.id = d.goal_id AND g.deleted_at IS NULL
  WHERE d.deleted_at IS NULL AND m.deleted_at IS NULL`

type DelegationRow = Omit<Delegation, 'successCriteria' | 'nextCheckinDue' | 'tags'> & {
  successCriteria: string
  tagsJson: string
}

const editableColumns = {
  title: 'title',
  responsibility: 'responsibility',
  whyThisPerson: 'why_this_person',
  successCriteria: 'success_criteria',
  resources: 'resources',
  constraints: 'constraints_text',
  rescueTrigger: 'rescue_trigger',
  rescueOn: 'rescue_on',
  rescueSignal: 'rescue_signal',
  rescueSignalTimes: 'rescue_signal_times',
  rescueHappenedOn: 'rescue_happened_on',
  successEstimate: 'success_estimate',
  expectedStruggle: 'expected_struggle',
  checkinEveryDays: 'checkin_every_days',
  dueDate: 'due_date',
  startedOn: 'started_on',
  status: 'status',
  goalId: 'goal_id'
} as const satisfies Record<keyof Omit<DelegationUpdate, 'id' | 'tags'>, string>

type EditableField = keyof typeof editableColumns

const isClosed = (status: DelegationStatus) => (CLOSED_STATUSES as readonly string[]).includes(status)

/**
 * When the next check-in is due: an active delegation with a rhythm, counted from the last check-in, or from
 * the start when there has been none. Planned and closed delegations are not due.
 */
export function nextCheckinDue(
  delegation: Pick<Delegation, 'status' | 'checkinEveryDays' | 'lastCheckinOn' | 'startedOn'>
): string | null {
  const from = delegation.lastCheckinOn ?? delegation.startedOn
  if (delegation.status !== 'active' || delegation.checkinEveryDays === null || from === null) return null
  const day = new Date(`${from}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + delegation.checkinEveryDays)
  return day.toISOString().slice(0, 10)
}

function toDelegation({ tagsJson, ...row }: DelegationRow): Delegation {
  const delegation = {
    ...row,
    successCriteria: JSON.parse(row.successCriteria) as string[],
    tags: JSON.parse(tagsJson) as string[]
  }
  return { ...delegation, nextCheckinDue: nextCheckinDue(delegation) }
}

export function listDelegations(db: Db, { memberId, status }: DelegationList): Delegation[] {
  if (memberId) requireMember(db, memberId)
  const rows = sql(
    db,
    `${delegationSelect}
       AND (@memberId IS NULL OR d.member_id = @memberId) AND (@status IS NULL OR d.status = @status)
     ORDER BY d.due_date IS NULL, d.due_date, d.created_at`
  ).all({ memberId: memberId ?? null, status: status ?? null }) as DelegationRow[]
  return rows.map(toDelegation)
}

export function getDelegation(db: Db, id: string): Delegation {
  const row = sql(db, `${delegationSelect} AND d.id = ?`).get(id) as DelegationRow | undefined
  if (!row) throw new LeapError('not_found', 'This delegation no longer exists. It may have been deleted.')
  return toDelegation(row)
}

/** The start day an active delegation gets when none was given, and the end day a closed one gets. */
function lifecycleDays(status: DelegationStatus, startedOn: string | null, completedOn: string | null) {
  const today = todayLocal()
  return {
    startedOn: status !== 'planned' && startedOn === null ? today : startedOn,
    completedOn: isClosed(status) ? (completedOn ?? today) : null
  }
}

function invalid(field: string, message: string): LeapError {
  return new LeapError('invalid_input', message, { [field]: message })
}

/** A count of signals means nothing without the signal it counts. */
function checkRescueSignal(signal: string | null | undefined, times: number | null | undefined) {
  if (times != null && signal == null)
    throw invalid('rescueSignal', 'Choose the signal to count, or clear the number of times.')
}

export function createDelegation(db: Db, input: DelegationCreate): Delegation {
  requireMember(db, input.memberId)
  if (input.goalId) requireGoalOf(db, input.goalId, input.memberId)
  checkRescueSignal(input.rescueSignal, input.rescueSignalTimes)
  const id = newId()
  const stamp = now()
  const status = input.status ?? 'planned'
  const days = lifecycleDays(status, input.startedOn ?? null, null)
  if (input.dueDate && days.startedOn && input.dueDate < days.startedOn)
    throw invalid('dueDate', DUE_BEFORE_START_MESSAGE)
  sql(
    db,
    `INSERT INTO delegations (id, member_id, title, responsibility, why_this_person, success_criteria,
       authority_level, resources, constraints_text, rescue_trigger, rescue_on, rescue_signal,
       rescue_signal_times, rescue_happened_on, success_estimate, expected_struggle, checkin_every_days,
       due_date, status, started_on, completed_on, goal_id, created_at, updated_at)
     VALUES (@id, @memberId, @title, @responsibility, @whyThisPerson, @successCriteria, @authorityLevel,
       @resources, @constraints, @rescueTrigger, @rescueOn, @rescueSignal, @rescueSignalTimes,
       @rescueHappenedOn, @successEstimate, @expectedStruggle, @checkinEveryDays, @dueDate, @status,
       @startedOn, @completedOn, @goalId, @stamp, @stamp)`
  ).run({
    id,
    stamp,
    status,
    ...days,
    memberId: input.memberId,
    title: input.title,
    responsibility: input.responsibility ?? null,
    whyThisPerson: input.whyThisPerson ?? null,
    successCriteria: JSON.stringify(input.successCriteria ?? []),
    authorityLevel: input.authorityLevel,
    resources: input.resources ?? null,
    constraints: input.constraints ?? null,
    rescueTrigger: input.rescueTrigger ?? null,
    rescueOn: input.rescueOn ?? null,
    rescueSignal: input.rescueSignal ?? null,
    rescueSignalTimes: input.rescueSignalTimes ?? null,
    rescueHappenedOn: input.rescueHappenedOn ?? null,
    successEstimate: input.successEstimate ?? null,
    expectedStruggle: input.expectedStruggle ?? null,
    checkinEveryDays: input.checkinEveryDays ?? null,
    dueDate: input.dueDate ?? null,
    goalId: input.goalId ?? null
  })
  recordAuthorityStep(db, {
    delegationId: id,
    fromLevel: null,
    toLevel: input.authorityLevel,
    reason: null,
    changedOn: days.startedOn ?? todayLocal()
  })
  if (input.tags) setTags(db, 'delegation', id, input.tags)
  return getDelegation(db, id)
}

export function updateDelegation(db: Db, { id, tags, ...patch }: DelegationUpdate): Delegation {
  const current = getDelegation(db, id)
  if (patch.goalId) requireGoalOf(db, patch.goalId, current.memberId)
  checkRescueSignal(
    patch.rescueSignal === undefined ? current.rescueSignal : patch.rescueSignal,
    patch.rescueSignalTimes === undefined ? current.rescueSignalTimes : patch.rescueSignalTimes
  )
  const fields = (Object.keys(patch) as EditableField[]).filter(
    (field) => field in editableColumns && patch[field] !== undefined
  )
  const status = patch.status ?? current.status
  const days = lifecycleDays(
    status,
    patch.startedOn === undefined ? current.startedOn : patch.startedOn,
    current.completedOn
  )
  const dueDate = patch.dueDate === undefined ? current.dueDate : patch.dueDate
  if (dueDate && days.startedOn && dueDate < days.startedOn)
    throw invalid('dueDate', DUE_BEFORE_START_MESSAGE)
  const firstCheckin = sql(
    db,
    `SELECT min(date) FROM checkins WHERE delegation_id = ? AND deleted_at IS NULL`
  )
    .pluck()
    .get(id) as string | null
  if (firstCheckin && (days.startedOn === null || firstCheckin < days.startedOn))
    throw invalid('startedOn', `There is a check-in on ${firstCheckin}: the start cannot be after it.`)

  const values: Record<string, unknown> = Object.fromEntries(
    fields.map((field) => [field, patch[field] ?? null])
  )
  if (patch.successCriteria) values.successCriteria = JSON.stringify(patch.successCriteria)
  const assignments = fields
    .filter((field) => field !== 'startedOn')
    .map((field) => `${editableColumns[field]} = @${field}`)
  sql(
    db,
    `UPDATE delegations SET ${[...assignments, 'started_on = @startedOn', 'completed_on = @completedOn'].join(', ')},
       updated_at = @stamp WHERE id = @id`
  ).run({ ...values, ...days, id, stamp: now() })
  if (tags) setTags(db, 'delegation', id, tags)
  return getDelegation(db, id)
}

/** Raise or lower the authority: the delegation's level and its ladder change together, in one transaction. */
export function changeAuthorityLevel(db: Db, { id, toLevel, reason, changedOn }: AuthorityChangeInput) {
  const current = getDelegation(db, id)
  if (toLevel === current.authorityLevel) {
    const { name } = authorityLevel(toLevel)
    throw invalid(
      'toLevel',
      `This delegation is already at level ${toLevel} (${name}). Choose another level.`
    )
  }
  const day = changedOn ?? todayLocal()
  const previous = listAuthoritySteps(db, id).at(-1)
  if (previous && day < previous.changedOn)
    throw invalid('changedOn', `The last change was on ${previous.changedOn}: date this one on or after it.`)
  recordAuthorityStep(db, {
    delegationId: id,
    fromLevel: current.authorityLevel,
    toLevel,
    reason,
    changedOn: day
  })
  sql(db, `UPDATE delegations SET authority_level = ?, updated_at = ? WHERE id = ?`).run(toLevel, now(), id)
  return getDelegation(db, id)
}

/** Done or handed back, with what came of it and what the leader learned. */
export function closeDelegation(db: Db, { id, status, outcome, lessons, completedOn }: DelegationClose) {
  const current = getDelegation(db, id)
  const day = completedOn ?? todayLocal()
  const startedOn = current.startedOn ?? day
  if (day < startedOn)
    throw invalid('completedOn', `This delegation started on ${startedOn}: it cannot end before that.`)
  sql(
    db,
    `UPDATE delegations SET status = @status, outcome = @outcome, lessons = @lessons, started_on = @startedOn,
       completed_on = @day, updated_at = @stamp WHERE id = @id`
  ).run({ id, status, startedOn, day, outcome: outcome ?? null, lessons: lessons ?? null, stamp: now() })
  return getDelegation(db, id)
}

/** A delegation with its check-in timeline and its authority steps: everything its page shows. */
export function getDelegationDetail(db: Db, id: string): DelegationDetail {
  return {
    ...getDelegation(db, id),
    checkins: listCheckins(db, id),
    authoritySteps: listAuthoritySteps(db, id)
  }
}

type DelegationsChannel =
  | 'delegations.create'
  | 'delegations.update'
  | 'delegations.list'
  | 'delegations.get'
  | 'delegations.changeLevel'
  | 'delegations.close'
  | 'delegations.delete'
  | 'delegations.restore'
  | 'delegations.ladder'
  | 'delegations.interventions'
  | 'delegations.checkIn'
  | 'delegations.updateCheckin'
  | 'delegations.deleteCheckin'
  | 'delegations.restoreCheckin'
  | 'delegations.lettingGo'
  | 'delegations.areaLessons'

export const delegationsHandlers: ChannelHandlers<DelegationsChannel> = {
  'delegations.create': ({ journal }, input) => createDelegation(journal.db, input),
  'delegations.update': ({ journal }, input) => updateDelegation(journal.db, input),
  'delegations.list': ({ journal }, input) => listDelegations(journal.db, input),
  'delegations.get': ({ journal }, { id }) => getDelegationDetail(journal.db, id),
  'delegations.changeLevel': ({ journal }, input) => changeAuthorityLevel(journal.db, input),
  'delegations.close': ({ journal }, input) => closeDelegation(journal.db, input),
  'delegations.delete': ({ journal }, { id }) => moveToTrash(journal.db, 'delegation', id),
  'delegations.restore': ({ journal }, { id }) => {
    restoreFromTrash(journal.db, 'delegation', id)
    return getDelegation(journal.db, id)
  },
  'delegations.ladder': ({ journal }, { memberId }) => memberLadder(journal.db, memberId),
  'delegations.interventions': ({ journal }, input) => interventionLog(journal.db, input, todayLocal()),
  'delegations.checkIn': ({ journal }, input) => createCheckin(journal.db, input),
  'delegations.updateCheckin': ({ journal }, input) => updateCheckin(journal.db, input),
  'delegations.deleteCheckin': ({ journal }, { id }) => deleteCheckin(journal.db, id),
  'delegations.restoreCheckin': ({ journal }, { id }) => restoreCheckin(journal.db, id),
  'delegations.lettingGo': ({ journal }, { memberId }) => lettingGoRecord(journal.db, memberId),
  'delegations.areaLessons': ({ journal }, input) => areaLessons(journal.db, input)
}
