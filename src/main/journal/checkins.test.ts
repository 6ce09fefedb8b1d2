import { describe, expect, it } from 'vitest'
import { seedDelegation, UNKNOWN_ID } from '../testing/delegationFixtures'
import { eachTempJournal, expectLeapError } from '../testing/tempJournal'
import { createCheckin, deleteCheckin, listCheckins, restoreCheckin, updateCheckin } from './checkins'
import { closeDelegation, getDelegation } from './delegations'
import { interventionLog } from './interventions'
import { lettingGoRecord } from './lettingGo'
import { memberTimeline } from './members'
import { listTrash, moveToTrash } from './trash'

const journal = eachTempJournal()

const checkin = (delegationId: string, date: string, leaderResponse: 'held_back' | 'stepped_in') =>
  createCheckin(journal.db, { delegationId, date, signal: 'blocked', leaderResponse })

describe('a single check-in', () => {
  it('can be corrected, and the intervention figures follow', () => {
    const { member, delegation } = seedDelegation(journal.db)
    const wrong = checkin(delegation.id, '2026-10-05', 'stepped_in')
    const before = interventionLog(journal.db, { memberId: member.id }, '2026-10-10').overall
    expect(before).toMatchObject({ intervening: 1, lettingGo: 0 })

    const fixed = updateCheckin(journal.db, {
      id: wrong.id,
      leaderResponse: 'held_back',
      note: 'I only listened'
    })
    expect(fixed).toMatchObject({ leaderResponse: 'held_back', note: 'I only listened', signal: 'blocked' })
    expect(interventionLog(journal.db, { memberId: member.id }, '2026-10-10').overall).toMatchObject({
      intervening: 0,
      lettingGo: 1
    })
  })

  it('refuses a day before the delegation started, and an unknown check-in', () => {
    const { delegation } = seedDelegation(journal.db)
    const one = checkin(delegation.id, '2026-10-05', 'held_back')
    expectLeapError(() => updateCheckin(journal.db, { id: one.id, date: '2026-09-01' }), 'invalid_input')
    expectLeapError(() => updateCheckin(journal.db, { id: UNKNOWN_ID, note: 'x' }), 'not_found')
    expect(listCheckins(journal.db, delegation.id)[0]?.date).toBe('2026-10-05')
  })

  it('goes to the trash on its own and comes back, and the counts follow both ways', () => {
    const { member, delegation } = seedDelegation(journal.db)
    checkin(delegation.id, '2026-10-05', 'held_back')
    const gone = checkin(delegation.id, '2026-10-06', 'stepped_in')
    deleteCheckin(journal.db, gone.id)
    expect(getDelegation(journal.db, delegation.id).checkinCount).toBe(1)
    expect(interventionLog(journal.db, { memberId: member.id }, '2026-10-10').overall.intervening).toBe(0)
    expect(listTrash(journal.db)).toMatchObject([
      {
        kind: 'checkin',
        id: gone.id,
        title: 'Check-in 2026-10-06: Run the release process',
        context: 'Ana Lima'
      }
    ])

    restoreCheckin(journal.db, gone.id)
    expect(getDelegation(journal.db, delegation.id).checkinCount).toBe(2)
    expect(listTrash(journal.db)).toEqual([])
  })

  it('is listed once in the trash when it went there with its delegation', () => {
    const { delegation } = seedDelegation(journal.db)
    checkin(delegation.id, '2026-10-05', 'held_back')
    moveToTrash(journal.db, 'delegation', delegation.id)
    expect(listTrash(journal.db).map((item) => item.kind)).toEqual(['delegation'])
    expectLeapError(() => deleteCheckin(journal.db, UNKNOWN_ID), 'not_found')
  })
})

describe("on the person's timeline", () => {
  it('shows its progress note as a one-line preview, without markdown', () => {
    const { member, delegation } = seedDelegation(journal.db)
    const progress = `## And what else?\n\nCareer **talk** went well.\n\n- one\n- two\n\n${'More words. '.repeat(40)}`
    createCheckin(journal.db, {
      delegationId: delegation.id,
      date: '2026-10-05',
      signal: 'on_track',
      leaderResponse: 'held_back',
      progress
    })
    const [shown] = memberTimeline(journal.db, { memberId: member.id }).items.filter(
      (item) => item.kind === 'checkin'
    )
    expect(shown).toMatchObject({
      kind: 'checkin',
      progress: expect.stringMatching(/^And what else\? Career talk went well\. one two More words\./)
    })
    expect(shown?.kind === 'checkin' && shown.progress?.length).toBeLessThanOrEqual(200)
  })
})

describe('did they work it out?', () => {
  it('is answered with the next check-in, in the same step, and counted on the person', () => {
    const { member, delegation } = seedDelegation(journal.db)
    const held = checkin(delegation.id, '2026-10-05', 'held_back')
    createCheckin(journal.db, {
      delegationId: delegation.id,
      date: '2026-10-12',
      signal: 'on_track',
      leaderResponse: 'provided_resources',
      followUp: { checkinId: held.id, workedOut: 'yes', lesson: 'Ask the platform team first' }
    })
    const record = lettingGoRecord(journal.db, member.id)
    expect(record.workedOut).toEqual({ yes: 1, partly: 0, no: 0, unanswered: 0 })
    expect(record.lessons).toMatchObject([
      { checkinId: held.id, date: '2026-10-05', workedOut: 'yes', lesson: 'Ask the platform team first' }
    ])
  })

  it('is asked only where the leader let go, and of a check-in of the same delegation', () => {
    const { delegation } = seedDelegation(journal.db)
    const stepped = checkin(delegation.id, '2026-10-05', 'stepped_in')
    expectLeapError(() => updateCheckin(journal.db, { id: stepped.id, workedOut: 'yes' }), 'invalid_input')
    const other = seedDelegation(journal.db, { title: 'Another' }).delegation
    const elsewhere = checkin(other.id, '2026-10-05', 'held_back')
    expectLeapError(
      () =>
        createCheckin(journal.db, {
          delegationId: delegation.id,
          date: '2026-10-12',
          signal: 'on_track',
          leaderResponse: 'held_back',
          followUp: { checkinId: elsewhere.id, workedOut: 'no' }
        }),
      'invalid_input'
    )
    expect(listCheckins(journal.db, delegation.id)).toHaveLength(1)
  })

  it('drops the answer when the response is corrected to one that did not let go', () => {
    const { member, delegation } = seedDelegation(journal.db)
    const held = checkin(delegation.id, '2026-10-05', 'held_back')
    updateCheckin(journal.db, { id: held.id, workedOut: 'partly', lesson: 'Half of it' })
    expect(updateCheckin(journal.db, { id: held.id, leaderResponse: 'stepped_in' })).toMatchObject({
      workedOut: null,
      lesson: null
    })
    expect(lettingGoRecord(journal.db, member.id).workedOut.unanswered).toBe(0)
  })
})

describe('predictions at hand-off', () => {
  it('are shown beside the outcome once closed, and not before', () => {
    const { member, delegation } = seedDelegation(journal.db, { successEstimate: 30 })
    expect(lettingGoRecord(journal.db, member.id).predictions).toEqual([])
    closeDelegation(journal.db, { id: delegation.id, status: 'done', completedOn: '2026-11-01' })
    expect(lettingGoRecord(journal.db, member.id).predictions).toMatchObject([
      { delegationId: delegation.id, successEstimate: 30, status: 'done', verdict: 'under' }
    ])
  })
})
