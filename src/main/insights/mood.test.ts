import { describe, expect, it } from 'vitest'
import { UNKNOWN_ID } from '../testing/delegationFixtures'
import { journalWriter, TODAY } from '../testing/insightFixtures'
import { eachTempJournal, expectLeapError } from '../testing/tempJournal'
import { createMember } from '../journal/members'
import { moodTrend } from './mood'

const journal = eachTempJournal()

const weeks = { today: TODAY, bucket: 'week', weekStartsOn: 1, periods: 3 } as const

describe('moodTrend', () => {
  it('averages people’s mood per week, with each person’s average and last mood', () => {
    const write = journalWriter(journal.db)
    const ana = createMember(journal.db, { name: 'Ana' }).id
    const ben = createMember(journal.db, { name: 'Ben' }).id
    const cara = createMember(journal.db, { name: 'Cara' }).id
    write.reflect('2026-11-10', { memberId: ana, mood: 2 })
    write.reflect('2026-11-17', { memberId: ana, mood: 4 })
    write.reflect('2026-11-24', { memberId: ana, mood: 5 })
    write.reflect('2026-11-25', { memberId: ben, mood: 3 })
    write.reflect('2026-01-05', { memberId: ben, mood: 1 })
    write.reflect('2026-11-26', { memberId: ben, mood: 1, trashed: true })
    write.reflect('2026-06-01', { memberId: cara, mood: 2 })

    const trend = moodTrend(journal.db, weeks)
    expect(trend.buckets).toEqual([
      { start: '2026-11-09', end: '2026-11-15', average: 2, count: 1 },
      { start: '2026-11-16', end: '2026-11-22', average: 4, count: 1 },
      { start: '2026-11-23', end: '2026-11-29', average: 4, count: 2 }
    ])
    expect(trend.total).toEqual({ average: 3.5, count: 4 })
    expect(trend.members).toEqual([
      { memberId: ana, name: 'Ana', average: 11 / 3, count: 3, last: { date: '2026-11-24', mood: 5 } },
      { memberId: ben, name: 'Ben', average: 3, count: 1, last: { date: '2026-11-25', mood: 3 } },
      { memberId: cara, name: 'Cara', average: null, count: 0, last: { date: '2026-06-01', mood: 2 } }
    ])
    expect(moodTrend(journal.db, { ...weeks, memberId: ben }).total).toEqual({ average: 3, count: 1 })
  })

  it('is empty on an empty journal, shows a single point, and refuses an unknown person', () => {
    expect(moodTrend(journal.db, weeks).total).toEqual({ average: null, count: 0 })
    const ana = createMember(journal.db, { name: 'Ana' }).id
    journalWriter(journal.db).reflect(TODAY, { memberId: ana, mood: 4 })
    expect(moodTrend(journal.db, weeks).buckets.map((bucket) => bucket.average)).toEqual([null, null, 4])
    expectLeapError(() => moodTrend(journal.db, { ...weeks, memberId: UNKNOWN_ID }), 'not_found')
  })
})
