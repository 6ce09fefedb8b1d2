import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkinBudget, checkinDue, describeOverBudget, describeRhythm } from './checkinBudget'

const today = '2026-12-01'

describe('the check-in budget', () => {
  it('says when the leader checks in more often than the level proposes', () => {
    const budget = checkinBudget(6, null, ['2026-11-21', '2026-11-24', '2026-11-27', '2026-12-01'], today)
    expect(budget).toEqual({ rhythmDays: 21, recent: 4, spanDays: 10, over: true })
    expect(describeOverBudget(6, budget)).toBe(
      '4 check-ins in 10 days on an Inquire-level responsibility; agreed: one every 21 days.'
    )
  })

  it('keeps to the rhythm agreed for the delegation, and counts only the last one of it', () => {
    expect(checkinBudget(6, 7, ['2026-11-17', '2026-11-24', '2026-12-01'], today)).toMatchObject({
      recent: 1,
      over: false
    })
    expect(checkinBudget(3, null, ['2026-11-25'], today)).toMatchObject({
      rhythmDays: 7,
      recent: 1,
      over: false
    })
    expect(checkinBudget(3, null, [], today)).toEqual({ rhythmDays: 7, recent: 0, spanDays: 0, over: false })
  })

  it('at Delegate, with no rhythm, a second check-in within a month is too many', () => {
    const budget = checkinBudget(7, null, ['2026-11-10', '2026-11-30'], today)
    expect(budget).toMatchObject({ rhythmDays: null, recent: 2, over: true })
    expect(describeOverBudget(7, budget)).toBe(
      '2 check-ins in 21 days on a Delegate-level responsibility; agreed: only at the end.'
    )
  })

  it('is over exactly when more than one check-in falls within one rhythm, whatever the order', () => {
    const day = fc
      .integer({ min: 0, max: 90 })
      .map((ago) => new Date(Date.parse(`${today}T00:00:00Z`) - ago * 86_400_000).toISOString().slice(0, 10))
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.option(fc.integer({ min: 1, max: 60 })),
        fc.array(day),
        (level, every, days) => {
          const budget = checkinBudget(level, every, days, today)
          const window = budget.rhythmDays ?? 30
          const inWindow = days.filter(
            (d) => (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${d}T00:00:00Z`)) / 86_400_000 < window
          )
          expect(budget.recent).toBe(inWindow.length)
          expect(budget.over).toBe(inWindow.length > 1)
          expect(budget.spanDays).toBeLessThanOrEqual(Math.max(window - 1, 1))
        }
      )
    )
  })
})

describe('whether a check-in is due', () => {
  const delegation = {
    authorityLevel: 6,
    checkinEveryDays: null,
    startedOn: '2026-11-01',
    dueDate: null,
    lastCheckinOn: '2026-11-20'
  }

  it('follows the level when the delegation has no rhythm of its own, and its own when it has', () => {
    expect(checkinDue(delegation, '2026-12-10')).toBe(false)
    expect(checkinDue(delegation, '2026-12-11')).toBe(true)
    expect(checkinDue({ ...delegation, checkinEveryDays: 7 }, '2026-11-27')).toBe(true)
    expect(checkinDue({ ...delegation, lastCheckinOn: null }, '2026-11-21')).toBe(false)
    expect(checkinDue({ ...delegation, lastCheckinOn: null }, '2026-11-22')).toBe(true)
  })

  it('at Delegate, only once the delegation is due', () => {
    const whole = { ...delegation, authorityLevel: 7 }
    expect(checkinDue(whole, '2027-06-01')).toBe(false)
    expect(checkinDue({ ...whole, dueDate: '2026-12-15' }, '2026-12-14')).toBe(false)
    expect(checkinDue({ ...whole, dueDate: '2026-12-15' }, '2026-12-15')).toBe(true)
  })
})

describe('the rhythm in words', () => {
  it('is the delegation’s own, else its level’s, and at Delegate only the end', () => {
    expect(describeRhythm(6, 7)).toBe('Every 7 days')
    expect(describeRhythm(6, null)).toBe("Every 21 days (Inquire's rhythm)")
    expect(describeRhythm(7, null)).toBe('Only at the end (Delegate)')
  })
})
