import { describe, expect, it } from 'vitest'
import { eachTempJournal, expectLeapError } from '../testing/tempJournal'
import { createCheckin, updateCheckin } from './checkins'
import { closeDelegation, createDelegation, updateDelegation } from './delegations'
import { areaLessons } from './lettingGo'
import { createMember } from './members'
import { moveToTrash } from './trash'

const journal = eachTempJournal()

const checkin = (delegationId: string, date: string) =>
  createCheckin(journal.db, { delegationId, date, signal: 'on_track', leaderResponse: 'held_back' })

describe('the rescue trigger and the prediction', () => {
  it('are kept with the delegation, and a count of signals needs its signal', () => {
    const member = createMember(journal.db, { name: 'Ana' })
    const delegation = createDelegation(journal.db, {
      memberId: member.id,
      title: 'Own the migration',
      authorityLevel: 6,
      rescueTrigger: 'customers lose data',
      rescueSignal: 'blocked',
      rescueSignalTimes: 2,
      rescueOn: '2027-01-15',
      successEstimate: 40,
      expectedStruggle: 'Saying no to other teams'
    })
    expect(delegation).toMatchObject({
      rescueSignal: 'blocked',
      rescueSignalTimes: 2,
      rescueOn: '2027-01-15',
      rescueHappenedOn: null,
      successEstimate: 40,
      expectedStruggle: 'Saying no to other teams'
    })
    expect(
      updateDelegation(journal.db, { id: delegation.id, rescueHappenedOn: '2026-12-01' }).rescueHappenedOn
    ).toBe('2026-12-01')
    expectLeapError(
      () => updateDelegation(journal.db, { id: delegation.id, rescueSignal: null }),
      'invalid_input'
    )
    expectLeapError(
      () =>
        createDelegation(journal.db, {
          memberId: member.id,
          title: 'Counted nothing',
          authorityLevel: 3,
          rescueSignalTimes: 3
        }),
      'invalid_input'
    )
  })
})

describe('delegations by area', () => {
  it('keep their tags, and a new one in the same area finds the lessons learned there, newest first', () => {
    const ana = createMember(journal.db, { name: 'Ana' })
    const ben = createMember(journal.db, { name: 'Ben' })
    const hiring = createDelegation(journal.db, {
      memberId: ana.id,
      title: 'Run the hiring loop',
      authorityLevel: 5,
      status: 'active',
      startedOn: '2026-09-01',
      tags: ['hiring', 'Hiring', 'people']
    })
    expect(hiring.tags).toEqual(['hiring', 'people'])
    closeDelegation(journal.db, {
      id: hiring.id,
      status: 'done',
      lessons: 'Write the scorecard first',
      completedOn: '2026-10-01'
    })
    const interns = createDelegation(journal.db, {
      memberId: ben.id,
      title: 'Hire two interns',
      authorityLevel: 5,
      status: 'active',
      startedOn: '2026-10-05',
      tags: ['HIRING']
    })
    const held = checkin(interns.id, '2026-10-20')
    updateCheckin(journal.db, { id: held.id, workedOut: 'yes', lesson: 'Ask the team for referrals' })
    createDelegation(journal.db, {
      memberId: ben.id,
      title: 'Elsewhere',
      authorityLevel: 3,
      tags: ['budget']
    })

    expect(areaLessons(journal.db, { tags: ['Hiring'] })).toMatchObject([
      {
        title: 'Hire two interns',
        memberName: 'Ben',
        date: '2026-10-20',
        lesson: 'Ask the team for referrals'
      },
      {
        title: 'Run the hiring loop',
        memberName: 'Ana',
        date: '2026-10-01',
        lesson: 'Write the scorecard first'
      }
    ])
    expect(areaLessons(journal.db, { tags: ['hiring'], excludeId: interns.id })).toHaveLength(1)
    expect(areaLessons(journal.db, { tags: [] })).toEqual([])
    moveToTrash(journal.db, 'delegation', hiring.id)
    expect(areaLessons(journal.db, { tags: ['hiring'] }).map((l) => l.title)).toEqual(['Hire two interns'])
    expect(updateDelegation(journal.db, { id: interns.id, tags: [] }).tags).toEqual([])
  })
})
