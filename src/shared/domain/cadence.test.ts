import { describe, expect, it } from 'vitest'
import { awayDaysBetween, awayFrom, awayUntil, cadenceDue, type CadenceFacts } from './cadence'

const ana: CadenceFacts = {
  cadenceDays: 14,
  lastOneOnOne: '2026-12-01',
  lastSkipped: null,
  addedOn: '2026-01-05',
  away: []
}

describe('when the next one-on-one is due', () => {
  it('is the cadence after the last one-on-one, and overdue by the days past it', () => {
    expect(cadenceDue(ana, '2026-12-15')).toEqual({ dueOn: '2026-12-15', daysOverdue: 0, awayUntil: null })
    expect(cadenceDue(ana, '2026-12-18')).toEqual({ dueOn: '2026-12-15', daysOverdue: 3, awayUntil: null })
  })

  it('is never overdue while the person is away, and says until when', () => {
    const away = { ...ana, away: [{ startsOn: '2026-12-10', endsOn: '2027-01-03' }] }
    expect(cadenceDue(away, '2026-12-20')).toMatchObject({ daysOverdue: 0, awayUntil: '2027-01-03' })
  })

  it('does not count days away: two weeks away push the due day two weeks later', () => {
    const away = { ...ana, away: [{ startsOn: '2026-12-08', endsOn: '2026-12-21' }] }
    // 6 days before leaving (2-7 Dec), 14 away, then 8 more: due 29 Dec.
    expect(cadenceDue(away, '2026-12-22')).toEqual({ dueOn: '2026-12-29', daysOverdue: 0, awayUntil: null })
    expect(cadenceDue(away, '2027-01-02')).toMatchObject({ daysOverdue: 4 })
  })

  it('starts the clock again at a skipped one-on-one, but not at a skip before the last one held', () => {
    expect(cadenceDue({ ...ana, lastSkipped: '2026-12-15' }, '2026-12-20').dueOn).toBe('2026-12-29')
    expect(cadenceDue({ ...ana, lastSkipped: '2026-11-20' }, '2026-12-20').dueOn).toBe('2026-12-15')
  })

  it('counts from the day the person was added when there has been no one-on-one', () => {
    expect(cadenceDue({ ...ana, lastOneOnOne: null }, '2026-02-01')).toEqual({
      dueOn: '2026-01-19',
      daysOverdue: 13,
      awayUntil: null
    })
  })

  it('joins periods that follow each other into one time away', () => {
    const away = [
      { startsOn: '2026-12-20', endsOn: '2026-12-31' },
      { startsOn: '2027-01-01', endsOn: '2027-01-03' },
      { startsOn: '2027-02-01', endsOn: '2027-02-02' }
    ]
    expect(awayUntil(away, '2026-12-24')).toBe('2027-01-03')
    expect(awayUntil(away, '2027-01-04')).toBeNull()
    expect(awayDaysBetween(away, '2026-12-30', '2027-01-05')).toBe(5)
    expect(awayFrom(away, '2026-12-01')).toBe('2026-12-20')
    expect(awayFrom(away, '2027-01-10')).toBe('2027-02-01')
    expect(awayFrom(away, '2027-02-01')).toBeNull()
  })
})
