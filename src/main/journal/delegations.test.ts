import { describe, expect, it } from 'vitest'
import { seedDelegation, tableCount, UNKNOWN_ID } from '../testing/delegationFixtures'
import { eachTempJournal, expectLeapError } from '../testing/tempJournal'
import { listAuthoritySteps } from './authority'
import { createCheckin } from './checkins'
import {
  changeAuthorityLevel,
  closeDelegation,
  createDelegation,
  getDelegationDetail,
  getDelegation,
  listDelegations,
  nextCheckinDue,
  updateDelegation
} from './delegations'
import { todayLocal } from './localDay'
import { createMember } from './members'
import { moveToTrash, restoreFromTrash } from './trash'

const journal = eachTempJournal()

const checkin = (delegationId: string, date: string, leaderResponse = 'held_back' as const) =>
  createCheckin(journal.db, { delegationId, date, signal: 'on_track', leaderResponse })

describe('delegations', () => {
  it('creates a delegation with everything a leader writes, and its starting level on the ladder', () => {
    const member = createMember(journal.db, { name: 'Ana' })
    const delegation = createDelegation(journal.db, {
      memberId: member.id,
      title: 'Own the on-call rota',
      responsibility: 'A rota the team trusts.',
      whyThisPerson: 'Ana wants to lead; this is a team-wide responsibility.',
      successCriteria: ['No gaps for a quarter', 'Everyone agrees'],
      authorityLevel: 3,
      resources: 'Budget for a scheduling tool',
      constraints: 'No one on call two weeks running',
      rescueTrigger: 'a weekend has no one on call',
      checkinEveryDays: 14,
      dueDate: '2026-12-31',
      startedOn: '2026-11-01',
      status: 'active'
    })
    expect(delegation).toMatchObject({
      memberName: 'Ana',
      successCriteria: ['No gaps for a quarter', 'Everyone agrees'],
      authorityLevel: 3,
      status: 'active',
      checkinCount: 0,
      lastCheckinOn: null,
      nextCheckinDue: '2026-11-15',
      completedOn: null
    })
    expect(listAuthoritySteps(journal.db, delegation.id)).toMatchObject([
      { fromLevel: null, toLevel: 3, reason: null, changedOn: '2026-11-01' }
    ])
  })

  it('gives an active delegation a start day when none is given, and a planned one none', () => {
    const member = createMember(journal.db, { name: 'Ana' })
    const planned = createDelegation(journal.db, { memberId: member.id, title: 'Later', authorityLevel: 2 })
    expect(planned).toMatchObject({ status: 'planned', startedOn: null, nextCheckinDue: null })
    const active = updateDelegation(journal.db, { id: planned.id, status: 'active' })
    expect(active.startedOn).toBe(todayLocal())
  })

  it('refuses a due date before the start, on create and on update, and writes nothing', () => {
    const member = createMember(journal.db, { name: 'Ana' })
    expectLeapError(
      () =>
        createDelegation(journal.db, {
          memberId: member.id,
          title: 'X',
          authorityLevel: 3,
          startedOn: '2026-11-10',
          dueDate: '2026-11-01'
        }),
      'invalid_input',
      'dueDate'
    )
    expect(tableCount(journal.db, 'delegations')).toBe(0)
    const { delegation } = seedDelegation(journal.db)
    expectLeapError(
      () => updateDelegation(journal.db, { id: delegation.id, dueDate: '2026-09-30' }),
      'invalid_input'
    )
    expectLeapError(
      () =>
        updateDelegation(journal.db, { id: delegation.id, startedOn: '2027-01-01', dueDate: '2026-12-01' }),
      'invalid_input'
    )
    expect(getDelegation(journal.db, delegation.id).startedOn).toBe('2026-10-01')
  })

  it('refuses a start after an existing check-in', () => {
    const { delegation } = seedDelegation(journal.db)
    checkin(delegation.id, '2026-10-05')
    const error = expectLeapError(
      () => updateDelegation(journal.db, { id: delegation.id, startedOn: '2026-10-06' }),
      'invalid_input',
      'startedOn'
    )
    expect(error.message).toContain('2026-10-05')
  })

  it('patches only the fields given and keeps the level out of plain edits', () => {
    const { delegation } = seedDelegation(journal.db, { successCriteria: ['A'] })
    const updated = updateDelegation(journal.db, {
      id: delegation.id,
      title: 'Run releases',
      rescueTrigger: null
    })
    expect(updated).toMatchObject({ title: 'Run releases', successCriteria: ['A'], authorityLevel: 3 })
    expect(updateDelegation(journal.db, { id: delegation.id, successCriteria: [] }).successCriteria).toEqual(
      []
    )
  })

  it('sets and clears the completion day with the status', () => {
    const { delegation } = seedDelegation(journal.db)
    const cancelled = updateDelegation(journal.db, { id: delegation.id, status: 'cancelled' })
    expect(cancelled.completedOn).toBe(todayLocal())
    expect(updateDelegation(journal.db, { id: delegation.id, status: 'active' }).completedOn).toBeNull()
  })

  it('lists by member and status, without trashed delegations or trashed members', () => {
    const { member, delegation } = seedDelegation(journal.db)
    const ben = createMember(journal.db, { name: 'Ben' })
    createDelegation(journal.db, { memberId: ben.id, title: 'Hiring loop', authorityLevel: 5 })
    expect(listDelegations(journal.db, {}).map((d) => d.title)).toEqual([
      'Run the release process',
      'Hiring loop'
    ])
    expect(listDelegations(journal.db, { memberId: member.id }).map((d) => d.id)).toEqual([delegation.id])
    expect(listDelegations(journal.db, { status: 'planned' }).map((d) => d.title)).toEqual(['Hiring loop'])
    moveToTrash(journal.db, 'delegation', delegation.id)
    moveToTrash(journal.db, 'member', ben.id)
    expect(listDelegations(journal.db, {})).toEqual([])
    expectLeapError(() => listDelegations(journal.db, { memberId: ben.id }), 'not_found')
  })

  it('raises and lowers the level with a reason, keeping every step', () => {
    const { delegation } = seedDelegation(journal.db)
    changeAuthorityLevel(journal.db, {
      id: delegation.id,
      toLevel: 5,
      reason: 'Two clean releases',
      changedOn: '2026-10-20'
    })
    const lowered = changeAuthorityLevel(journal.db, {
      id: delegation.id,
      toLevel: 4,
      reason: 'A rollback went badly',
      changedOn: '2026-11-02'
    })
    expect(lowered.authorityLevel).toBe(4)
    expect(getDelegationDetail(journal.db, delegation.id).authoritySteps).toMatchObject([
      { fromLevel: null, toLevel: 3, changedOn: '2026-10-01' },
      { fromLevel: 3, toLevel: 5, reason: 'Two clean releases', changedOn: '2026-10-20' },
      { fromLevel: 5, toLevel: 4, reason: 'A rollback went badly', changedOn: '2026-11-02' }
    ])
  })

  it('refuses a level change to the same level or dated before the last one, and writes nothing', () => {
    const { delegation } = seedDelegation(journal.db)
    expectLeapError(
      () => changeAuthorityLevel(journal.db, { id: delegation.id, toLevel: 3, reason: 'x' }),
      'invalid_input',
      'toLevel'
    )
    expectLeapError(
      () =>
        changeAuthorityLevel(journal.db, {
          id: delegation.id,
          toLevel: 4,
          reason: 'x',
          changedOn: '2026-09-01'
        }),
      'invalid_input',
      'changedOn'
    )
    expect(tableCount(journal.db, 'authority_changes')).toBe(1)
    expect(getDelegation(journal.db, delegation.id).authorityLevel).toBe(3)
  })

  it('closes as done or handed back with an outcome and lessons', () => {
    const { delegation } = seedDelegation(journal.db)
    const done = closeDelegation(journal.db, {
      id: delegation.id,
      status: 'done',
      outcome: 'Releases weekly',
      lessons: 'Hold back sooner',
      completedOn: '2026-12-01'
    })
    expect(done).toMatchObject({
      status: 'done',
      outcome: 'Releases weekly',
      lessons: 'Hold back sooner',
      completedOn: '2026-12-01',
      nextCheckinDue: null
    })
    expectLeapError(
      () =>
        closeDelegation(journal.db, { id: delegation.id, status: 'handed_back', completedOn: '2026-09-01' }),
      'invalid_input',
      'completedOn'
    )
  })

  it('moves a delegation to the trash with its check-ins and ladder, and restores exactly those', () => {
    const { delegation } = seedDelegation(journal.db)
    const kept = checkin(delegation.id, '2026-10-05')
    const earlier = checkin(delegation.id, '2026-10-06')
    // A check-in trashed on its own before stays in the trash when the delegation comes back.
    journal.db
      .prepare(`UPDATE checkins SET deleted_at = '2026-10-07T00:00:00.000Z' WHERE id = ?`)
      .run(earlier.id)
    moveToTrash(journal.db, 'delegation', delegation.id)
    expectLeapError(() => getDelegation(journal.db, delegation.id), 'not_found')
    const stamps = journal.db
      .prepare(
        `SELECT deleted_at FROM delegations WHERE id = @id
         UNION SELECT deleted_at FROM checkins WHERE id = @kept
         UNION SELECT deleted_at FROM authority_changes WHERE delegation_id = @id`
      )
      .pluck()
      .all({ id: delegation.id, kept: kept.id })
    expect(stamps).toHaveLength(1)
    expect(stamps[0]).not.toBeNull()

    restoreFromTrash(journal.db, 'delegation', delegation.id)
    expect(getDelegation(journal.db, delegation.id).checkinCount).toBe(1)
    expect(getDelegationDetail(journal.db, delegation.id)).toMatchObject({
      checkins: [{ id: kept.id }],
      authoritySteps: [{ toLevel: 3 }]
    })
  })

  it('answers not_found for unknown ids and unknown members', () => {
    expectLeapError(
      () => createDelegation(journal.db, { memberId: UNKNOWN_ID, title: 'X', authorityLevel: 1 }),
      'not_found'
    )
    expectLeapError(() => getDelegation(journal.db, UNKNOWN_ID), 'not_found')
    expectLeapError(() => getDelegationDetail(journal.db, UNKNOWN_ID), 'not_found')
    expectLeapError(() => updateDelegation(journal.db, { id: UNKNOWN_ID, title: 'X' }), 'not_found')
    expectLeapError(
      () => changeAuthorityLevel(journal.db, { id: UNKNOWN_ID, toLevel: 2, reason: 'x' }),
      'not_found'
    )
    expectLeapError(() => closeDelegation(journal.db, { id: UNKNOWN_ID, status: 'done' }), 'not_found')
    expectLeapError(() => moveToTrash(journal.db, 'delegation', UNKNOWN_ID), 'not_found')
    expectLeapError(() => restoreFromTrash(journal.db, 'delegation', UNKNOWN_ID), 'not_found')
  })
})

describe('check-ins', () => {
  it('records a check-in and shows it as the last one, newest first', () => {
    const { delegation } = seedDelegation(journal.db)
    checkin(delegation.id, '2026-10-08')
    const latest = createCheckin(journal.db, {
      delegationId: delegation.id,
      date: '2026-10-15',
      progress: 'Cut the release',
      signal: 'at_risk',
      struggles: 'Flaky tests',
      leaderResponse: 'asked_questions',
      note: null
    })
    expect(latest).toMatchObject({
      signal: 'at_risk',
      leaderResponse: 'asked_questions',
      struggles: 'Flaky tests'
    })
    const detail = getDelegationDetail(journal.db, delegation.id)
    expect(detail.checkins.map((c) => c.date)).toEqual(['2026-10-15', '2026-10-08'])
    expect(detail).toMatchObject({
      checkinCount: 2,
      lastCheckinOn: '2026-10-15',
      lastSignal: 'at_risk',
      nextCheckinDue: '2026-10-22'
    })
  })

  it('refuses a check-in before the delegation started, or on one not started, and writes nothing', () => {
    const { delegation, member } = seedDelegation(journal.db)
    expectLeapError(() => checkin(delegation.id, '2026-09-30'), 'invalid_input', 'date')
    const planned = createDelegation(journal.db, { memberId: member.id, title: 'Later', authorityLevel: 2 })
    expectLeapError(() => checkin(planned.id, '2026-10-30'), 'invalid_input', 'date')
    expect(tableCount(journal.db, 'checkins')).toBe(0)
  })

  it('answers not_found for an unknown or trashed delegation', () => {
    expectLeapError(() => checkin(UNKNOWN_ID, '2026-10-30'), 'not_found')
    const { delegation } = seedDelegation(journal.db)
    moveToTrash(journal.db, 'delegation', delegation.id)
    expectLeapError(() => checkin(delegation.id, '2026-10-30'), 'not_found')
  })
})

describe('nextCheckinDue', () => {
  const base = {
    status: 'active' as const,
    checkinEveryDays: 7,
    lastCheckinOn: null,
    startedOn: '2026-12-28'
  }
  it('counts from the start, then from the last check-in, across month and year ends', () => {
    expect(nextCheckinDue(base)).toBe('2027-01-04')
    expect(nextCheckinDue({ ...base, lastCheckinOn: '2027-02-25' })).toBe('2027-03-04')
  })
  it('is null without a rhythm, a start, or when not active', () => {
    expect(nextCheckinDue({ ...base, checkinEveryDays: null })).toBeNull()
    expect(nextCheckinDue({ ...base, startedOn: null })).toBeNull()
    expect(nextCheckinDue({ ...base, status: 'done' })).toBeNull()
  })
})
