import { describe, expect, it } from 'vitest'
import { daysFrom, quarterStart, trendPeriods } from './periods'

describe('trendPeriods', () => {
  it('ends with the week holding today, starting on the user’s first day of the week', () => {
    // 27 Nov 2026 is a Friday.
    expect(trendPeriods({ today: '2026-11-27', bucket: 'week', weekStartsOn: 1, periods: 2 })).toEqual([
      { start: '2026-11-16', end: '2026-11-22' },
      { start: '2026-11-23', end: '2026-11-29' }
    ])
    expect(trendPeriods({ today: '2026-11-27', bucket: 'week', weekStartsOn: 0, periods: 1 })).toEqual([
      { start: '2026-11-22', end: '2026-11-28' }
    ])
    expect(trendPeriods({ today: '2026-11-27', bucket: 'week', weekStartsOn: 6, periods: 1 })).toEqual([
      { start: '2026-11-21', end: '2026-11-27' }
    ])
  })

  it('uses calendar months across a year boundary, twelve by default', () => {
    const months = trendPeriods({ today: '2026-01-15', bucket: 'month', weekStartsOn: 1 })
    expect(months).toHaveLength(12)
    expect(months[0]).toEqual({ start: '2025-02-01', end: '2025-02-28' })
    expect(months.at(-1)).toEqual({ start: '2026-01-01', end: '2026-01-31' })
  })

  it('keeps whole local days across a daylight-saving change', () => {
    const weeks = trendPeriods({ today: '2026-03-31', bucket: 'week', weekStartsOn: 1, periods: 3 })
    expect(weeks.map((week) => week.start)).toEqual(['2026-03-16', '2026-03-23', '2026-03-30'])
  })
})

describe('quarterStart and daysFrom', () => {
  it('gives a 90-day window ending today and whole days between two days', () => {
    expect(quarterStart('2026-11-27')).toBe('2026-08-30')
    expect(daysFrom('2026-08-30', '2026-11-27')).toBe(89)
    expect(daysFrom('2026-03-28', '2026-03-30')).toBe(2)
  })
})
