import { describe, expect, it } from 'vitest'
import { seedDelegation } from '../testing/delegationFixtures'
import { eachTempJournal } from '../testing/tempJournal'
import { createCheckin } from './checkins'
import { getReflection } from './reflections'
import { dismissReview, reviewedWeek, reviewOffer, startReview } from './reviews'
import { moveToTrash } from './trash'

const journal = eachTempJournal()
const monday = 1

describe('the weekly letting-go review', () => {
  it('looks back on the week that ended, or on this one from its fifth day', () => {
    expect(reviewedWeek({ today: '2026-12-03', weekStartsOn: monday })).toBe('2026-11-23')
    expect(reviewedWeek({ today: '2026-12-04', weekStartsOn: monday })).toBe('2026-11-30')
    expect(reviewedWeek({ today: '2026-12-06', weekStartsOn: monday })).toBe('2026-11-30')
    expect(reviewedWeek({ today: '2026-12-03', weekStartsOn: 0 })).toBe('2026-11-29')
  })

  it('is offered after a week with check-ins, lists where the leader stepped in or took it back, and is written once', () => {
    const { delegation } = seedDelegation(journal.db)
    const query = { today: '2026-10-16', weekStartsOn: monday }
    expect(reviewOffer(journal.db, query)).toMatchObject({
      week: '2026-10-12',
      offered: false,
      checkinCount: 0
    })

    const checkIn = (date: string, leaderResponse: 'held_back' | 'stepped_in' | 'took_back') =>
      createCheckin(journal.db, { delegationId: delegation.id, date, signal: 'blocked', leaderResponse })
    checkIn('2026-10-11', 'stepped_in') // the Sunday before: another week
    checkIn('2026-10-12', 'held_back')
    const stepped = checkIn('2026-10-14', 'stepped_in')
    const offer = reviewOffer(journal.db, query)
    expect(offer).toMatchObject({ offered: true, checkinCount: 2, reviewId: null })
    expect(offer.interventions.map((c) => c.checkinId)).toEqual([stepped.id])

    const { reflectionId } = startReview(journal.db, offer.week, '2026-10-16')
    const review = getReflection(journal.db, reflectionId)
    expect(review).toMatchObject({
      kind: 'general',
      date: '2026-10-16',
      title: 'Letting go, week of 12 Oct 2026'
    })
    expect(review.body).toContain('stepped in on **Run the release process** (Ana Lima)')
    expect(review.body).toContain('## What could I have let go?')
    expect(startReview(journal.db, offer.week)).toEqual({ reflectionId })
    expect(reviewOffer(journal.db, query)).toMatchObject({ offered: false, reviewId: reflectionId })

    // A review in the trash no longer counts as written.
    moveToTrash(journal.db, 'reflection', reflectionId)
    expect(reviewOffer(journal.db, query).offered).toBe(true)
  })

  it('stays away for a week the leader said no to, and comes back the week after', () => {
    const { delegation } = seedDelegation(journal.db)
    createCheckin(journal.db, {
      delegationId: delegation.id,
      date: '2026-10-14',
      signal: 'on_track',
      leaderResponse: 'held_back'
    })
    createCheckin(journal.db, {
      delegationId: delegation.id,
      date: '2026-10-21',
      signal: 'on_track',
      leaderResponse: 'held_back'
    })
    dismissReview(journal.db, '2026-10-12')
    dismissReview(journal.db, '2026-10-12')
    expect(reviewOffer(journal.db, { today: '2026-10-16', weekStartsOn: monday }).offered).toBe(false)
    expect(reviewOffer(journal.db, { today: '2026-10-23', weekStartsOn: monday }).offered).toBe(true)
  })
})
