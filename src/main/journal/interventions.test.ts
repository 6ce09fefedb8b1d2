import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LEADER_RESPONSES, type LeaderResponse } from '../../shared/domain/delegationVocabulary'
import { seedDelegation, UNKNOWN_ID } from '../testing/delegationFixtures'
import { eachTempJournal } from '../testing/tempJournal'
import { createCheckin } from './checkins'
import { createDelegation } from './delegations'
import { interventionCounts, interventionLog, recentWindowStart } from './interventions'
import { createMember } from './members'
import { moveToTrash } from './trash'

describe('interventionCounts', () => {
  it('has no ratio when there is nothing to divide, even with resources provided', () => {
    expect(interventionCounts({})).toMatchObject({ lettingGo: 0, intervening: 0, ratio: null })
    expect(interventionCounts({ provided_resources: 4 })).toMatchObject({
      byResponse: { provided_resources: 4, held_back: 0 },
      ratio: null
    })
  })

  it('divides stepping in and taking back by everything judged, leaving resources out', () => {
    // 1 stepped in + 1 took back out of 2 held back + 1 asked + 2 intervening = 2 / 5.
    const counts = interventionCounts({
      held_back: 2,
      asked_questions: 1,
      provided_resources: 3,
      stepped_in: 1,
      took_back: 1
    })
    expect(counts).toMatchObject({ lettingGo: 3, intervening: 2, ratio: 0.4 })
    expect(interventionCounts({ held_back: 5 }).ratio).toBe(0)
    expect(interventionCounts({ took_back: 1 }).ratio).toBe(1)
  })
})

describe('recentWindowStart', () => {
  it('starts 89 days before today, so the window holds 90 days', () => {
    expect(recentWindowStart('2026-03-31')).toBe('2026-01-01')
    expect(recentWindowStart('2026-11-27')).toBe('2026-08-30')
  })
})

describe('interventionLog', () => {
  const journal = eachTempJournal()

  const checkin = (delegationId: string, date: string, leaderResponse: LeaderResponse) =>
    createCheckin(journal.db, { delegationId, date, signal: 'on_track', leaderResponse })

  it('counts one person’s check-ins overall and in the last 90 days, skipping the trash', () => {
    const { member, delegation } = seedDelegation(journal.db, { startedOn: '2026-01-01' })
    checkin(delegation.id, '2026-01-10', 'stepped_in') // older than 90 days before 2026-11-27
    checkin(delegation.id, '2026-09-01', 'held_back')
    checkin(delegation.id, '2026-11-20', 'asked_questions')
    checkin(delegation.id, '2026-11-21', 'provided_resources')
    const other = createMember(journal.db, { name: 'Ben' })
    const bens = createDelegation(journal.db, {
      memberId: other.id,
      title: 'B',
      authorityLevel: 4,
      startedOn: '2026-01-01'
    })
    checkin(bens.id, '2026-11-01', 'took_back')
    const trashed = createDelegation(journal.db, {
      memberId: member.id,
      title: 'T',
      authorityLevel: 4,
      startedOn: '2026-01-01'
    })
    checkin(trashed.id, '2026-11-01', 'took_back')
    moveToTrash(journal.db, 'delegation', trashed.id)

    const log = interventionLog(journal.db, { memberId: member.id }, '2026-11-27')
    expect(log.since).toBe('2026-08-30')
    expect(log.overall).toMatchObject({ lettingGo: 2, intervening: 1, byResponse: { provided_resources: 1 } })
    expect(log.overall.ratio).toBeCloseTo(1 / 3)
    expect(log.last90Days).toMatchObject({ lettingGo: 2, intervening: 0, ratio: 0 })

    const team = interventionLog(journal.db, {}, '2026-11-27')
    expect(team.overall).toMatchObject({ lettingGo: 2, intervening: 2, ratio: 0.5 })
    moveToTrash(journal.db, 'member', other.id)
    expect(interventionLog(journal.db, {}, '2026-11-27').overall.intervening).toBe(1)
  })

  it('answers not_found for an unknown member', () => {
    expect(() => interventionLog(journal.db, { memberId: UNKNOWN_ID }, '2026-11-27')).toThrow(
      /no longer exists/
    )
  })

  it('property: the ratio stays within [0, 1] and the counts match the check-ins written', () => {
    const { member } = seedDelegation(journal.db)
    const checkinArb = fc.record({
      response: fc.constantFrom(...LEADER_RESPONSES),
      day: fc.integer({ min: 0, max: 400 })
    })
    fc.assert(
      fc.property(fc.array(checkinArb, { maxLength: 40 }), (checkins) => {
        journal.db.prepare('DELETE FROM checkins').run()
        const delegation = createDelegation(journal.db, {
          memberId: member.id,
          title: 'P',
          authorityLevel: 3,
          startedOn: '2026-01-01'
        })
        const dates = checkins.map(({ day }) =>
          new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)
        )
        checkins.forEach(({ response }, index) => checkin(delegation.id, dates[index]!, response))
        const today = '2026-12-31'
        const log = interventionLog(journal.db, { memberId: member.id }, today)
        for (const [counts, included] of [
          [log.overall, () => true],
          [log.last90Days, (date: string) => date >= log.since && date <= today]
        ] as const) {
          const expected = (response: LeaderResponse) =>
            checkins.filter((c, i) => c.response === response && included(dates[i]!)).length
          for (const response of LEADER_RESPONSES)
            expect(counts.byResponse[response]).toBe(expected(response))
          expect(counts.lettingGo).toBe(expected('held_back') + expected('asked_questions'))
          expect(counts.intervening).toBe(expected('stepped_in') + expected('took_back'))
          if (counts.lettingGo + counts.intervening === 0) expect(counts.ratio).toBeNull()
          else {
            expect(counts.ratio).toBeGreaterThanOrEqual(0)
            expect(counts.ratio).toBeLessThanOrEqual(1)
            expect(counts.ratio).toBeCloseTo(counts.intervening / (counts.lettingGo + counts.intervening))
          }
        }
      }),
      { numRuns: 60, seed: 20261127 }
    )
  })
})
