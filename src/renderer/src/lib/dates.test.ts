import { describe, expect, it } from 'vitest'
import { longSpan, shortSpan } from './dates'

describe('spans of days', () => {
  it('use the largest unit there are two of, rounded down', () => {
    const cases: [number, string, string][] = [
      [0, '0d', '0 days'],
      [1, '1d', '1 day'],
      [13, '13d', '13 days'],
      [14, '2w', '2 weeks'],
      [60, '8w', '8 weeks'],
      [61, '2mo', '2 months'],
      [400, '13mo', '13 months'],
      [730, '23mo', '23 months'],
      [731, '2y', '2 years'],
      [3249, '8y', '8 years']
    ]
    for (const [days, short, long] of cases) {
      expect(shortSpan(days), `${days}`).toBe(short)
      expect(longSpan(days), `${days}`).toBe(long)
    }
  })
})
