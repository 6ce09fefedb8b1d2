import { describe, expect, it } from 'vitest'
import { UNKNOWN_ID } from '../testing/delegationFixtures'
import { journalWriter, TODAY } from '../testing/insightFixtures'
import { eachTempJournal, expectLeapError } from '../testing/tempJournal'
import { createMember } from '../journal/members'
import { stanceTrend } from './stance'
import { moveToTrash } from '../journal/trash'

const journal = eachTempJournal()

const weeks = { today: TODAY, bucket: 'week', weekStartsOn: 1, periods: 3 } as const

/** Ana and Ben, with stance ratings and check-ins over three weeks (Monday weeks: 9, 16 and 23 Nov). */
function seed() {
  const write = journalWriter(journal.db)
  const ana = createMember(journal.db, { name: 'Ana' }).id
  const ben = createMember(journal.db, { name: 'Ben' }).id
  write.reflect('2026-11-01', { memberId: ana, stance: 5 }) // before the three weeks
  write.reflect('2026-11-10', { memberId: ana, stance: 2 })
  write.reflect('2026-11-16', { memberId: ana, stance: 5 }) // a Monday
  write.reflect('2026-11-22', { memberId: ana, stance: 3 }) // a Sunday
  write.reflect('2026-11-24', { stance: 4 }) // general: counts for the team
  write.reflect('2026-11-25', { memberId: ben, stance: 1 })
  write.reflect('2026-11-25', { memberId: ben, mood: 4 }) // no stance
  write.reflect('2026-11-24', { memberId: ben, stance: 5, trashed: true })
  write.reflect('2026-11-28', { memberId: ben, stance: 5 }) // after today
  const anas = write.delegate(ana, 3, '2026-11-01')
  write.checkin(anas, '2026-11-10', 'held_back')
  write.checkin(anas, '2026-11-17', 'stepped_in')
  write.checkin(anas, '2026-11-18', 'asked_questions')
  write.checkin(anas, '2026-11-18', 'provided_resources') // in neither side of the ratio
  write.checkin(write.delegate(ben, 4, '2026-11-01'), '2026-11-24', 'took_back')
  return { ana, ben }
}

describe('stanceTrend', () => {
  it('averages stance per week beside the intervention ratio, for the team and per person', () => {
    const { ana, ben } = seed()
    const trend = stanceTrend(journal.db, weeks)
    expect(trend.from).toBe('2026-11-09')
    expect(trend.buckets).toEqual([
      {
        start: '2026-11-09',
        end: '2026-11-15',
        average: 2,
        count: 1,
        lettingGo: 1,
        intervening: 0,
        ratio: 0
      },
      {
        start: '2026-11-16',
        end: '2026-11-22',
        average: 4,
        count: 2,
        lettingGo: 1,
        intervening: 1,
        ratio: 0.5
      },
      {
        start: '2026-11-23',
        end: '2026-11-29',
        average: 2.5,
        count: 2,
        lettingGo: 0,
        intervening: 1,
        ratio: 1
      }
    ])
    expect(trend.total).toEqual({ average: 3, count: 5, lettingGo: 2, intervening: 2, ratio: 0.5 })
    expect(trend.members).toEqual([
      { memberId: ana, name: 'Ana', average: 10 / 3, count: 3, lettingGo: 2, intervening: 1, ratio: 1 / 3 },
      { memberId: ben, name: 'Ben', average: 1, count: 1, lettingGo: 0, intervening: 1, ratio: 1 }
    ])
  })

  it('follows the week start: with Sunday weeks, Sunday 22 Nov opens the last week', () => {
    seed()
    const trend = stanceTrend(journal.db, { ...weeks, weekStartsOn: 0 })
    expect(trend.buckets.map(({ start, average, count }) => [start, average, count])).toEqual([
      ['2026-11-08', 2, 1],
      ['2026-11-15', 5, 1],
      ['2026-11-22', 8 / 3, 3]
    ])
  })

  it('groups by calendar month', () => {
    seed()
    const trend = stanceTrend(journal.db, { ...weeks, bucket: 'month', periods: 2 })
    expect(trend.buckets).toEqual([
      {
        start: '2026-10-01',
        end: '2026-10-31',
        average: null,
        count: 0,
        lettingGo: 0,
        intervening: 0,
        ratio: null
      },
      {
        start: '2026-11-01',
        end: '2026-11-30',
        average: 20 / 6,
        count: 6,
        lettingGo: 2,
        intervening: 2,
        ratio: 0.5
      }
    ])
  })

  it('narrows to one person, whose general reflections are not theirs', () => {
    const { ana } = seed()
    const trend = stanceTrend(journal.db, { ...weeks, memberId: ana })
    expect(trend.total).toEqual({ average: 10 / 3, count: 3, lettingGo: 2, intervening: 1, ratio: 1 / 3 })
    expect(trend.members).toEqual([])
  })

  it('leaves out people in the trash, with their entries', () => {
    const { ben } = seed()
    moveToTrash(journal.db, 'member', ben)
    const trend = stanceTrend(journal.db, weeks)
    expect(trend.total).toEqual({ average: 3.5, count: 4, lettingGo: 2, intervening: 1, ratio: 1 / 3 })
    expect(trend.members.map((member) => member.name)).toEqual(['Ana'])
  })

  it('shows every period empty on an empty journal, and a single point alone', () => {
    const empty = stanceTrend(journal.db, weeks)
    expect(empty.buckets.every((bucket) => bucket.count === 0 && bucket.average === null)).toBe(true)
    expect(empty.total).toEqual({ average: null, count: 0, lettingGo: 0, intervening: 0, ratio: null })
    expect(empty.members).toEqual([])
    journalWriter(journal.db).reflect(TODAY, { stance: 4 })
    const one = stanceTrend(journal.db, weeks)
    expect(one.buckets.map((bucket) => bucket.count)).toEqual([0, 0, 1])
    expect(one.buckets[2]!.average).toBe(4)
  })

  it('refuses a person who does not exist', () => {
    expectLeapError(() => stanceTrend(journal.db, { ...weeks, memberId: UNKNOWN_ID }), 'not_found')
  })
})
