import { describe, expect, it } from 'vitest'
import { UNKNOWN_ID } from '../testing/delegationFixtures'
import { journalWriter } from '../testing/insightFixtures'
import { eachTempJournal, expectLeapError } from '../testing/tempJournal'
import { createMember } from '../journal/members'
import { delegationOutcomes } from './outcomes'
import { moveToTrash } from '../journal/trash'

const journal = eachTempJournal()

const zero = { done: 0, handedBack: 0, cancelled: 0 }

describe('delegationOutcomes', () => {
  it('counts closed delegations by the level they ended at and by person', () => {
    const write = journalWriter(journal.db)
    const ana = createMember(journal.db, { name: 'Ana' }).id
    const ben = createMember(journal.db, { name: 'Ben' }).id
    write.close(write.delegate(ana, 3, '2026-10-01'), 'done', '2026-10-10')
    const raised = write.delegate(ana, 3, '2026-10-01')
    write.raise(raised, 5, '2026-10-05')
    write.close(raised, 'done', '2026-10-20')
    write.close(write.delegate(ana, 5, '2026-10-01'), 'handed_back', '2026-10-21')
    write.close(write.delegate(ana, 2, '2026-10-01'), 'cancelled', '2026-10-22')
    write.delegate(ana, 4, '2026-10-01') // still active
    write.close(write.delegate(ben, 5, '2026-10-01'), 'done', '2026-11-01')
    const trashed = write.delegate(ben, 5, '2026-10-01')
    write.close(trashed, 'done', '2026-11-01')
    moveToTrash(journal.db, 'delegation', trashed)

    const outcomes = delegationOutcomes(journal.db, {})
    expect(outcomes.total).toEqual({ done: 3, handedBack: 1, cancelled: 1 })
    expect(outcomes.byLevel).toEqual([
      { level: 1, ...zero },
      { level: 2, done: 0, handedBack: 0, cancelled: 1 },
      { level: 3, done: 1, handedBack: 0, cancelled: 0 },
      { level: 4, ...zero },
      { level: 5, done: 2, handedBack: 1, cancelled: 0 },
      { level: 6, ...zero },
      { level: 7, ...zero }
    ])
    expect(outcomes.byMember).toEqual([
      { memberId: ana, name: 'Ana', done: 2, handedBack: 1, cancelled: 1 },
      { memberId: ben, name: 'Ben', done: 1, handedBack: 0, cancelled: 0 }
    ])
    expect(delegationOutcomes(journal.db, { memberId: ben }).total).toEqual({
      done: 1,
      handedBack: 0,
      cancelled: 0
    })
  })

  it('is all zeros on an empty journal and refuses an unknown person', () => {
    const empty = delegationOutcomes(journal.db, {})
    expect(empty.total).toEqual(zero)
    expect(empty.byLevel.every((row) => row.done + row.handedBack + row.cancelled === 0)).toBe(true)
    expect(empty.byMember).toEqual([])
    expectLeapError(() => delegationOutcomes(journal.db, { memberId: UNKNOWN_ID }), 'not_found')
  })
})
