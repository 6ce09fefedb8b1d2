import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { newId } from '../journal/rows'
import { setReflectionTags, setTags } from '../journal/tags'
import type { ParsedItem } from './items'
import type { ParsedDelegation } from './parseNotes'
import type { ExportRow } from '../export/markdown'
import type { DelegationFields, PersonFields, PredictionFields } from '../export/rows'

/**
 * The rows an import writes, with plain prepared statements (the journal modules' functions check and read back
 * each row, which a 10,000-note import cannot afford; the plan has checked everything they would). Times come
 * from the notes when Leap wrote them, so an exported journal imported again is the same journal.
 */

export type PersonRow = PersonFields & { id: string }

export function writePerson(db: Db, person: PersonRow, stamps: Stamps, create: boolean): void {
  const values = {
    ...person,
    created: stamps.created,
    updated: stamps.updated
  }
  if (create) {
    sql(
      db,
      `INSERT INTO members (id, name, role, team, email, start_date, strengths, growth_areas, aspirations, notes,
         cadence_days, archived_at, created_at, updated_at)
       VALUES (@id, @name, @role, @team, @email, @startDate, @strengths, @growthAreas, @aspirations, @notes,
         @cadenceDays, @archivedAt, @created, @updated)`
    ).run(values)
  } else {
    sql(
      db,
      `UPDATE members SET name = @name, role = @role, team = @team, email = @email, start_date = @startDate,
         strengths = @strengths, growth_areas = @growthAreas, aspirations = @aspirations, notes = @notes,
         cadence_days = @cadenceDays, archived_at = @archivedAt, updated_at = @updated WHERE id = @id`
    ).run(values)
  }
}

/** A person with nothing known but a name (the caller sets name, id and whatever else it knows). */
export const EMPTY_PERSON = {
  role: null,
  team: null,
  email: null,
  startDate: null,
  strengths: null,
  growthAreas: null,
  aspirations: null,
  notes: null,
  cadenceDays: 14,
  archivedAt: null
}

export interface Stamps {
  created: string
  updated: string
}

export type ReflectionRow = Pick<
  ExportRow,
  'id' | 'memberId' | 'kind' | 'date' | 'title' | 'body' | 'mood' | 'stance'
>

export function writeReflection(db: Db, row: ReflectionRow, stamps: Stamps, create: boolean): void {
  const values = { ...row, ...stamps }
  if (create) {
    sql(
      db,
      `INSERT INTO reflections (id, member_id, kind, date, title, body, mood, stance, created_at, updated_at)
       VALUES (@id, @memberId, @kind, @date, @title, @body, @mood, @stance, @created, @updated)`
    ).run(values)
  } else {
    sql(
      db,
      `UPDATE reflections SET member_id = @memberId, kind = @kind, date = @date, title = @title, body = @body,
         mood = @mood, stance = @stance, updated_at = @updated WHERE id = @id`
    ).run(values)
  }
}

export function writeTags(db: Db, reflectionId: string, tags: readonly string[], create: boolean): void {
  // A new reflection has no tags to replace: skip setReflectionTags' delete.
  if (create && tags.length === 0) return
  setReflectionTags(db, reflectionId, tags)
}

export function writeDelegationLinks(
  db: Db,
  reflectionId: string,
  ids: readonly string[],
  create: boolean
): void {
  if (!create) sql(db, 'DELETE FROM reflection_delegations WHERE reflection_id = ?').run(reflectionId)
  for (const id of ids) {
    sql(db, 'INSERT OR IGNORE INTO reflection_delegations (reflection_id, delegation_id) VALUES (?, ?)').run(
      reflectionId,
      id
    )
  }
}

export interface ItemChange {
  /** An existing item's id to update, or null for a new item. */
  id: string | null
  item: ParsedItem
}

export function writeItems(
  db: Db,
  owner: { memberId: string | null; reflectionId: string | null },
  changes: readonly ItemChange[],
  at: string
): void {
  const base = Date.parse(at)
  changes.forEach(({ id, item }, i) => {
    // New items keep the file's order: each one a millisecond after the one before.
    const stamp = new Date(base + i).toISOString()
    const closed = item.status === 'open' ? null : stamp
    if (id === null) {
      sql(
        db,
        `INSERT INTO action_items (id, member_id, reflection_id, owner, text, due_date, status, closed_at,
           created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(
        newId(),
        owner.memberId,
        owner.reflectionId,
        item.owner,
        item.text,
        item.dueDate,
        item.status,
        closed,
        stamp,
        stamp
      )
    } else {
      sql(
        db,
        `UPDATE action_items SET owner = ?, due_date = ?, status = ?,
           closed_at = CASE WHEN ? = 'open' THEN NULL ELSE coalesce(closed_at, ?) END, updated_at = ? WHERE id = ?`
      ).run(item.owner, item.dueDate, item.status, item.status, closed, stamp, id)
    }
  })
}

export type DelegationRow = DelegationFields & {
  id: string
  memberId: string
  /** Null: the note was exported without predictions, and the journal's are kept as they are. */
  prediction: PredictionFields | null
  tags: readonly string[]
}

/** The goal a note says a delegation serves, when the journal holds it for the same person (else none). */
const GOAL_OF_THEIRS = '(SELECT g.id FROM goals g WHERE g.id = @goalId AND g.member_id = @memberId)'

export function writeDelegation(
  db: Db,
  { prediction, tags, ...row }: DelegationRow,
  stamps: Stamps,
  create: boolean
): void {
  const values = {
    ...row,
    successCriteria: JSON.stringify(row.successCriteria),
    ...stamps,
    given: prediction === null ? 0 : 1,
    successEstimate: prediction?.successEstimate ?? null,
    expectedStruggle: prediction?.expectedStruggle ?? null
  }
  if (create) {
    sql(
      db,
      `INSERT INTO delegations (id, member_id, title, responsibility, why_this_person, success_criteria,
         authority_level, resources, constraints_text, rescue_trigger, rescue_on, rescue_signal, rescue_signal_times,
         rescue_happened_on, success_estimate, expected_struggle, checkin_every_days, due_date, status, outcome,
         lessons, started_on, completed_on, goal_id, created_at, updated_at)
       VALUES (@id, @memberId, @title, @responsibility, @whyThisPerson, @successCriteria, @authorityLevel,
         @resources, @constraints, @rescueTrigger, @rescueOn, @rescueSignal, @rescueSignalTimes, @rescueHappenedOn,
         @successEstimate, @expectedStruggle, @checkinEveryDays, @dueDate, @status, @outcome, @lessons,
         @startedOn, @completedOn, ${GOAL_OF_THEIRS}, @created, @updated)`
    ).run(values)
  } else {
    sql(
      db,
      `UPDATE delegations SET member_id = @memberId, title = @title, responsibility = @responsibility,
         why_this_person = @whyThisPerson, success_criteria = @successCriteria, authority_level = @authorityLevel,
         resources = @resources, constraints_text = @constraints, rescue_trigger = @rescueTrigger,
         rescue_on = @rescueOn, rescue_signal = @rescueSignal, rescue_signal_times = @rescueSignalTimes,
         rescue_happened_on = @rescueHappenedOn,
         success_estimate = CASE WHEN @given THEN @successEstimate ELSE success_estimate END,
         expected_struggle = CASE WHEN @given THEN @expectedStruggle ELSE expected_struggle END,
         checkin_every_days = @checkinEveryDays, due_date = @dueDate, status = @status, outcome = @outcome,
         lessons = @lessons, started_on = @startedOn, completed_on = @completedOn, goal_id = ${GOAL_OF_THEIRS},
         updated_at = @updated
       WHERE id = @id`
    ).run(values)
  }
  setTags(db, 'delegation', row.id, tags)
}

export function writeChange(
  db: Db,
  delegationId: string,
  change: ParsedDelegation['changes'][number],
  stamps: Stamps,
  create: boolean
): void {
  const values = { ...change, delegationId, ...stamps }
  sql(
    db,
    create
      ? `INSERT INTO authority_changes (id, delegation_id, from_level, to_level, reason, changed_on, created_at,
           updated_at) VALUES (@id, @delegationId, @from, @to, @reason, @on, @created, @updated)`
      : `UPDATE authority_changes SET from_level = @from, to_level = @to, reason = @reason, changed_on = @on,
           updated_at = @updated WHERE id = @id`
  ).run(values)
}

export function writeCheckin(
  db: Db,
  delegationId: string,
  checkin: ParsedDelegation['checkins'][number],
  stamps: Stamps,
  create: boolean
): void {
  const values = { ...checkin, delegationId, ...stamps }
  sql(
    db,
    create
      ? `INSERT INTO checkins (id, delegation_id, date, progress, signal, struggles, leader_response, note,
           worked_out, lesson, created_at, updated_at) VALUES (@id, @delegationId, @date, @progress, @signal,
           @struggles, @response, @note, @workedOut, @lesson, @created, @updated)`
      : `UPDATE checkins SET date = @date, progress = @progress, signal = @signal, struggles = @struggles,
           leader_response = @response, note = @note, worked_out = @workedOut, lesson = @lesson,
           updated_at = @updated WHERE id = @id`
  ).run(values)
}
