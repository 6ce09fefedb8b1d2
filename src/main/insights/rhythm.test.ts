import { describe, expect, it } from 'vitest'
import { UNKNOWN_ID } from '../testing/delegationFixtures'
import { journalWriter, TODAY } from '../testing/insightFixtures'
import { eachTempJournal, expectLeapError } from '../testing/tempJournal'
import { markAway, skipOneOnOne } from '../journal/leave'
import { archiveMember, createMember } from '../journal/members'
import { rhythmInsights } from './rhythm'

const journal = eachTempJournal()

/** Everyone in the journal was added on `day` (members are otherwise added on the real today). */
const allAddedOn = (day: string) =>
  journal.db.prepare('UPDATE members SET created_at = ?').run(`${day}T08:00:00.000Z`)

describe('rhythmInsights', () => {
  it('counts one-on-one days in the last quarter against the cadence, and who is overdue today', () => {
    const write = journalWriter(journal.db)
    const ana = createMember(journal.db, { name: 'Ana', cadenceDays: 14 }).id
    const ben = createMember(journal.db, { name: 'Ben', cadenceDays: 7, startDate: '2026-11-01' }).id
    const cara = createMember(journal.db, { name: 'Cara', cadenceDays: 30 }).id
    const dan = createMember(journal.db, { name: 'Dan' }).id
    archiveMember(journal.db, { id: dan, archived: true })
    write.reflect('2026-08-01', { memberId: ana }) // before the quarter
    write.reflect('2026-09-10', { memberId: ana })
    write.reflect('2026-10-01', { memberId: ana })
    write.reflect('2026-10-01', { memberId: ana }) // the same day: one one-on-one
    write.reflect('2026-11-20', { memberId: ana })
    write.reflect('2026-11-26', { memberId: ana, general: true }) // a general note about Ana
    write.reflect('2026-11-25', { memberId: ana, trashed: true })
    write.reflect('2026-11-05', { memberId: ben })
    allAddedOn('2026-05-01')

    const rhythm = rhythmInsights(journal.db, { today: TODAY })
    expect(rhythm.since).toBe('2026-08-30')
    expect(rhythm.members).toEqual([
      {
        memberId: ana,
        name: 'Ana',
        cadenceDays: 14,
        held: 3,
        expected: 6,
        awayDays: 0,
        skipped: 0,
        lastOneOnOne: '2026-11-20',
        dueOn: '2026-12-04',
        overdue: false,
        daysOverdue: 0,
        awayUntil: null
      },
      {
        memberId: ben,
        name: 'Ben',
        cadenceDays: 7,
        held: 1,
        expected: 3, // 27 days since he started
        awayDays: 0,
        skipped: 0,
        lastOneOnOne: '2026-11-05',
        dueOn: '2026-11-12',
        overdue: true,
        daysOverdue: 15,
        awayUntil: null
      },
      {
        memberId: cara,
        name: 'Cara',
        cadenceDays: 30,
        held: 0,
        expected: 3,
        awayDays: 0,
        skipped: 0,
        lastOneOnOne: null,
        dueOn: null,
        overdue: true,
        daysOverdue: null,
        awayUntil: null
      }
    ])
    expect(rhythmInsights(journal.db, { today: TODAY, memberId: dan }).members[0]).toMatchObject({
      name: 'Dan',
      held: 0
    })
  })

  it('expects nothing from someone who starts later, and is due on the exact day without being overdue', () => {
    const write = journalWriter(journal.db)
    const eve = createMember(journal.db, { name: 'Eve', cadenceDays: 7, startDate: '2026-12-01' }).id
    const fay = createMember(journal.db, { name: 'Fay', cadenceDays: 7 }).id
    write.reflect('2026-11-20', { memberId: fay })
    const [eves, fays] = rhythmInsights(journal.db, { today: TODAY }).members
    expect(eves).toMatchObject({ memberId: eve, expected: 0, held: 0 })
    expect(fays).toMatchObject({ dueOn: TODAY, overdue: false, daysOverdue: 0 })
  })

  it('does not count time away or a skipped one-on-one as missed, and no one away is overdue', () => {
    const write = journalWriter(journal.db)
    const gil = createMember(journal.db, { name: 'Gil', cadenceDays: 14 }).id
    const hal = createMember(journal.db, { name: 'Hal', cadenceDays: 14 }).id
    write.reflect('2026-10-01', { memberId: gil })
    write.reflect('2026-10-01', { memberId: hal })
    // Gil: away four weeks from 3 Nov, and today. Hal: his 15 Oct one-on-one skipped, then 28 days away.
    markAway(journal.db, { memberId: gil, startsOn: '2026-11-03', endsOn: '2026-11-30' })
    skipOneOnOne(journal.db, { memberId: hal, date: '2026-10-15', reason: 'Offsite' })
    markAway(journal.db, { memberId: hal, startsOn: '2026-10-20', endsOn: '2026-11-16' })
    allAddedOn('2026-05-01')
    const [gils, hals] = rhythmInsights(journal.db, { today: TODAY }).members
    // 90 days, 25 of them away (3-27 Nov): 65 days hold 4 cadences, not 6.
    expect(gils).toMatchObject({ held: 1, expected: 4, awayDays: 25, skipped: 0, overdue: false })
    expect(gils).toMatchObject({ daysOverdue: 0, awayUntil: '2026-11-30' })
    // 15 Oct + 14 days not away: 4 before leaving, 10 from his return on 17 Nov: due 26 Nov.
    expect(hals).toMatchObject({ expected: 3, awayDays: 28, skipped: 1, dueOn: '2026-11-26' })
    expect(hals).toMatchObject({ overdue: true, daysOverdue: 1, awayUntil: null })
  })

  it('expects nothing missed from someone added this week; once a cadence has passed they are overdue', () => {
    const ivy = createMember(journal.db, { name: 'Ivy', cadenceDays: 14 }).id
    const jon = createMember(journal.db, { name: 'Jon', cadenceDays: 14 }).id
    const kai = createMember(journal.db, { name: 'Kai', cadenceDays: 14 }).id
    const added = journal.db.prepare('UPDATE members SET created_at = ? WHERE id = ?')
    added.run('2026-11-24T08:00:00.000Z', ivy)
    added.run('2026-10-27T08:00:00.000Z', jon)
    // Added this week with years of notes brought in: counted from the first one-on-one.
    added.run('2026-11-25T08:00:00.000Z', kai)
    journalWriter(journal.db).reflect('2026-09-01', { memberId: kai })
    const [ivys, jons, kais] = rhythmInsights(journal.db, { today: TODAY }).members
    expect(ivys).toMatchObject({ name: 'Ivy', expected: 0, overdue: false, daysOverdue: null })
    expect(jons).toMatchObject({ name: 'Jon', expected: 2, overdue: true, daysOverdue: null })
    expect(kais).toMatchObject({ name: 'Kai', expected: 6, held: 1, overdue: true })
  })

  it('is empty on an empty journal and refuses an unknown person', () => {
    expect(rhythmInsights(journal.db, { today: TODAY })).toEqual({ since: '2026-08-30', members: [] })
    expectLeapError(() => rhythmInsights(journal.db, { today: TODAY, memberId: UNKNOWN_ID }), 'not_found')
  })
})
