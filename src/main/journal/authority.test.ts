import { describe, expect, it } from 'vitest'
import { seedDelegation, UNKNOWN_ID } from '../testing/delegationFixtures'
import { eachTempJournal } from '../testing/tempJournal'
import { buildLadder, memberLadder, type LadderRow } from './authority'
import { changeAuthorityLevel, createDelegation } from './delegations'
import { moveToTrash } from './trash'

const step = (
  delegationId: string,
  fromLevel: number | null,
  toLevel: number,
  changedOn: string
): LadderRow => ({
  id: `${delegationId}-${changedOn}`,
  delegationId,
  title: `Delegation ${delegationId}`,
  status: 'active',
  fromLevel,
  toLevel,
  reason: fromLevel === null ? null : 'trust grew',
  changedOn
})

describe('buildLadder', () => {
  it('is empty without steps', () => {
    expect(buildLadder([])).toEqual([])
  })

  it('makes one rung per delegation, in order, from its first to its latest level', () => {
    const ladder = buildLadder([
      step('a', null, 3, '2026-01-01'),
      step('a', 3, 5, '2026-02-01'),
      step('a', 5, 4, '2026-03-01'),
      step('b', null, 6, '2026-02-15')
    ])
    expect(
      ladder.map(({ delegationId, startLevel, currentLevel, steps }) => [
        delegationId,
        startLevel,
        currentLevel,
        steps.length
      ])
    ).toEqual([
      ['a', 3, 4, 3],
      ['b', 6, 6, 1]
    ])
    expect(ladder[0]!.steps.map((s) => s.toLevel)).toEqual([3, 5, 4])
    expect(ladder[0]!.steps[0]).not.toHaveProperty('delegationId')
  })
})

describe('memberLadder', () => {
  const journal = eachTempJournal()

  it('shows each of a person’s delegations with its levels over time, without trashed ones', () => {
    const { member, delegation } = seedDelegation(journal.db)
    changeAuthorityLevel(journal.db, {
      id: delegation.id,
      toLevel: 5,
      reason: 'Shipped twice',
      changedOn: '2026-10-20'
    })
    const later = createDelegation(journal.db, {
      memberId: member.id,
      title: 'Hiring loop',
      authorityLevel: 2,
      status: 'active',
      startedOn: '2026-11-01'
    })
    const gone = createDelegation(journal.db, {
      memberId: member.id,
      title: 'Gone',
      authorityLevel: 1,
      startedOn: '2026-09-01'
    })
    moveToTrash(journal.db, 'delegation', gone.id)

    expect(memberLadder(journal.db, member.id)).toMatchObject([
      {
        delegationId: delegation.id,
        title: 'Run the release process',
        startLevel: 3,
        currentLevel: 5,
        steps: [
          { fromLevel: null, toLevel: 3 },
          { fromLevel: 3, toLevel: 5, reason: 'Shipped twice' }
        ]
      },
      { delegationId: later.id, startLevel: 2, currentLevel: 2, steps: [{ toLevel: 2 }] }
    ])
  })

  it('answers not_found for an unknown member', () => {
    expect(() => memberLadder(journal.db, UNKNOWN_ID)).toThrow(/no longer exists/)
  })
})
