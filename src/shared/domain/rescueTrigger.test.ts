import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHECKIN_SIGNALS } from './delegationVocabulary'
import { describeTrigger, rescueFired, type RescueTrigger } from './rescueTrigger'

const none: RescueTrigger = {
  rescueTrigger: null,
  rescueOn: null,
  rescueSignal: null,
  rescueSignalTimes: null,
  rescueHappenedOn: null
}

describe('the rescue trigger', () => {
  it('fires when a signal is seen the agreed number of times, not before', () => {
    const blockedTwice = { ...none, rescueSignal: 'blocked' as const, rescueSignalTimes: 2 }
    expect(rescueFired(blockedTwice, ['blocked', 'on_track'], '2026-12-01')).toBeNull()
    expect(rescueFired(blockedTwice, ['blocked', 'on_track', 'blocked'], '2026-12-01')).toBe(
      'Check-ins said “Blocked” 2 times.'
    )
  })

  it('fires on its day and when the leader ticks the words, and never on words alone', () => {
    expect(rescueFired({ ...none, rescueOn: '2026-12-02' }, [], '2026-12-01')).toBeNull()
    expect(rescueFired({ ...none, rescueOn: '2026-12-02' }, [], '2026-12-02')).toBe(
      'The day you set has come.'
    )
    const words = { ...none, rescueTrigger: 'a customer is hurt' }
    expect(rescueFired(words, ['blocked', 'blocked'], '2026-12-01')).toBeNull()
    expect(rescueFired({ ...words, rescueHappenedOn: '2026-11-30' }, [], '2026-12-01')).toBe(
      'You marked “a customer is hurt” as happened.'
    )
  })

  it('never fires with nothing set, whatever the check-ins say', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHECKIN_SIGNALS)), (signals) => {
        expect(rescueFired(none, signals, '2026-12-01')).toBeNull()
      })
    )
  })

  it('reads as one sentence', () => {
    const day = (d: string) => `day ${d}`
    expect(describeTrigger(none, day)).toBeNull()
    expect(
      describeTrigger(
        {
          ...none,
          rescueTrigger: 'a release slips',
          rescueSignal: 'blocked',
          rescueSignalTimes: 2,
          rescueOn: '2027-01-04'
        },
        day
      )
    ).toBe('I step in only if a release slips, or check-ins say “Blocked” 2 times, or it is day 2027-01-04.')
  })
})
