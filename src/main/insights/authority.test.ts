import { beforeEach, describe, expect, it } from 'vitest'
import { UNKNOWN_ID } from '../testing/delegationFixtures'
import { journalWriter, TODAY } from '../testing/insightFixtures'
import { eachTempJournal, expectLeapError } from '../testing/tempJournal'
import { createMember } from '../journal/members'
import { authorityInsights } from './authority'

const journal = eachTempJournal()
let write: ReturnType<typeof journalWriter>
beforeEach(() => {
  write = journalWriter(journal.db)
})

const member = (name: string) => createMember(journal.db, { name }).id

/** Ana finished three at Advise (5), one of them raised from Consult long ago; a cancelled Inquire. */
function seedAna() {
  const ana = member('Ana')
  const first = write.delegate(ana, 3, '2026-06-01', 'Release notes')
  write.raise(first, 5, '2026-07-01')
  write.close(first, 'done', '2026-07-15')
  const second = write.delegate(ana, 5, '2026-07-20', 'On-call rota')
  write.close(second, 'done', '2026-08-01')
  const third = write.delegate(ana, 5, '2026-08-02', 'Hiring loop')
  write.close(third, 'done', '2026-09-01')
  const cancelled = write.delegate(ana, 6, '2026-09-02', 'Budget')
  write.close(cancelled, 'cancelled', '2026-09-03')
  return { ana, first, second, third, cancelled }
}

describe('authorityInsights', () => {
  it('does not call a delegation handed over this quarter a wait for a raise', () => {
    const dan = member('Dan')
    write.delegate(dan, 3, '2026-11-20', 'Sprint demo')
    const eve = member('Eve')
    write.delegate(eve, 3, '2026-05-01', 'Vendor call')
    const [dans, eves] = authorityInsights(journal.db, { today: TODAY }).members
    expect(dans).toMatchObject({ name: 'Dan', lastRaisedOn: null, stale: false })
    expect(eves).toMatchObject({ name: 'Eve', lastRaisedOn: null, stale: true })
  })

  it('lists each person’s levels, last raise, staleness, done by level and the nudge', () => {
    const { ana, first, second, third, cancelled } = seedAna()
    const ben = member('Ben')
    const bens = write.delegate(ben, 2, '2026-10-01', 'Demo day')
    write.raise(bens, 4, '2026-11-01')
    write.raise(bens, 3, '2026-11-10') // lowered: not a raise
    const cara = member('Cara')

    const insights = authorityInsights(journal.db, { today: TODAY })
    expect(insights.since).toBe('2026-08-30')
    const [anas, bens_, caras] = insights.members
    expect(anas).toEqual({
      memberId: ana,
      name: 'Ana',
      steps: [
        { delegationId: first, title: 'Release notes', changedOn: '2026-06-01', fromLevel: null, toLevel: 3 },
        { delegationId: first, title: 'Release notes', changedOn: '2026-07-01', fromLevel: 3, toLevel: 5 },
        { delegationId: second, title: 'On-call rota', changedOn: '2026-07-20', fromLevel: null, toLevel: 5 },
        { delegationId: third, title: 'Hiring loop', changedOn: '2026-08-02', fromLevel: null, toLevel: 5 },
        { delegationId: cancelled, title: 'Budget', changedOn: '2026-09-02', fromLevel: null, toLevel: 6 }
      ],
      lastRaisedOn: '2026-07-01',
      stale: true,
      doneByLevel: [{ level: 5, count: 3 }],
      nudge: { level: 5, count: 3 },
      acted: [],
      gaps: []
    })
    expect(bens_).toMatchObject({
      memberId: ben,
      lastRaisedOn: '2026-11-01',
      stale: false,
      doneByLevel: [],
      nudge: null
    })
    expect(bens_!.steps.map((step) => step.toLevel)).toEqual([2, 4, 3])
    expect(caras).toEqual({
      memberId: cara,
      name: 'Cara',
      steps: [],
      lastRaisedOn: null,
      stale: true,
      doneByLevel: [],
      nudge: null,
      acted: [],
      gaps: []
    })
  })

  it('flags the active delegations where the latest check-ins enacted a level two or more from the one agreed', () => {
    const ana = member('Ana')
    const release = write.delegate(ana, 6, '2026-09-01', 'Release train')
    for (const day of ['2026-10-01', '2026-10-08', '2026-10-15']) write.checkin(release, day, 'stepped_in')
    const coached = write.delegate(ana, 5, '2026-09-01', 'Hiring loop')
    write.checkin(coached, '2026-10-01', 'asked_questions')
    const closed = write.delegate(ana, 6, '2026-09-01', 'Offsite')
    write.checkin(closed, '2026-10-01', 'took_back')
    write.close(closed, 'done', '2026-10-20')

    const [anas] = authorityInsights(journal.db, { today: TODAY }).members
    expect(anas!.gaps).toEqual([
      { delegationId: release, title: 'Release train', agreed: 6, acted: 3, basedOn: 3 }
    ])
    // The second line of the ladder: the level acted at after each check-in, per delegation.
    expect(anas!.acted.filter((point) => point.delegationId === release)).toEqual([
      { delegationId: release, title: 'Release train', day: '2026-10-01', level: 3 },
      { delegationId: release, title: 'Release train', day: '2026-10-08', level: 3 },
      { delegationId: release, title: 'Release train', day: '2026-10-15', level: 3 }
    ])
    expect(anas!.acted.filter((point) => point.delegationId === closed)).toEqual([
      { delegationId: closed, title: 'Offsite', day: '2026-10-01', level: 1 }
    ])
    // The mean of the latest five that say who decides, rounded: held back, resources (none), stepped in,
    // took it back.
    const mixed = write.delegate(ana, 5, '2026-09-01', 'Budget')
    write.checkin(mixed, '2026-10-01', 'held_back')
    write.checkin(mixed, '2026-10-02', 'provided_resources')
    write.checkin(mixed, '2026-10-03', 'stepped_in')
    write.checkin(mixed, '2026-10-04', 'took_back')
    const [again] = authorityInsights(journal.db, { today: TODAY }).members
    expect(again!.acted.filter((point) => point.delegationId === mixed).map((p) => [p.day, p.level])).toEqual(
      [
        ['2026-10-01', 7],
        ['2026-10-03', 5],
        ['2026-10-04', 4]
      ]
    )
  })

  it('counts towards the nudge only what was done without the leader stepping in', () => {
    const { ana, third } = seedAna()
    write.checkin(third, '2026-08-20', 'asked_questions')
    expect(authorityInsights(journal.db, { today: TODAY, memberId: ana }).members[0]!.nudge).toEqual({
      level: 5,
      count: 3
    })
    write.checkin(third, '2026-08-25', 'stepped_in')
    const [anas] = authorityInsights(journal.db, { today: TODAY, memberId: ana }).members
    expect(anas!.doneByLevel).toEqual([{ level: 5, count: 3 }])
    expect(anas!.nudge).toBeNull()
  })

  it('gives no nudge once something above that level is under way, nor at Delegate', () => {
    const { ana } = seedAna()
    write.delegate(ana, 6, '2026-11-01')
    expect(authorityInsights(journal.db, { today: TODAY, memberId: ana }).members[0]!.nudge).toBeNull()

    const ben = member('Ben')
    for (const day of ['2026-10-01', '2026-10-02', '2026-10-03'])
      write.close(write.delegate(ben, 7, day), 'done', day)
    const bens = authorityInsights(journal.db, { today: TODAY, memberId: ben }).members[0]!
    expect(bens.doneByLevel).toEqual([{ level: 7, count: 3 }])
    expect(bens.nudge).toBeNull()
  })

  it('counts only the trash-free past: steps after today are not shown yet', () => {
    const ana = member('Ana')
    const planned = write.delegate(ana, 2, '2026-12-01')
    write.raise(planned, 3, '2026-12-02')
    expect(authorityInsights(journal.db, { today: TODAY }).members[0]).toMatchObject({
      steps: [],
      lastRaisedOn: null,
      stale: true
    })
  })

  it('is empty on an empty journal and refuses an unknown person', () => {
    expect(authorityInsights(journal.db, { today: TODAY })).toEqual({ since: '2026-08-30', members: [] })
    expectLeapError(() => authorityInsights(journal.db, { today: TODAY, memberId: UNKNOWN_ID }), 'not_found')
  })
})
