import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DELEGATION_STATUSES } from './delegationVocabulary'
import { scorePrediction, tallyPredictions, tallySentence } from './predictions'

describe('a prediction at hand-off, scored at close', () => {
  it('calls a success given under even odds under-estimated, and a failure given over even odds over-estimated', () => {
    expect(scorePrediction(30, 'done')).toBe('under')
    expect(scorePrediction(49, 'done')).toBe('under')
    expect(scorePrediction(50, 'done')).toBe('as_expected')
    expect(scorePrediction(90, 'handed_back')).toBe('over')
    expect(scorePrediction(51, 'handed_back')).toBe('over')
    expect(scorePrediction(50, 'handed_back')).toBe('as_expected')
    expect(scorePrediction(10, 'handed_back')).toBe('as_expected')
  })

  it('scores nothing without a prediction, or while open, or when cancelled', () => {
    expect(scorePrediction(null, 'done')).toBeNull()
    expect(scorePrediction(40, 'active')).toBeNull()
    expect(scorePrediction(40, 'planned')).toBeNull()
    expect(scorePrediction(40, 'cancelled')).toBeNull()
  })

  it('tallies every scored delegation once, whatever the mix', () => {
    const delegation = fc.record({
      successEstimate: fc.option(fc.integer({ min: 0, max: 100 })),
      status: fc.constantFrom(...DELEGATION_STATUSES)
    })
    fc.assert(
      fc.property(fc.array(delegation), (list) => {
        const tally = tallyPredictions(list)
        const scored = list.filter((d) => scorePrediction(d.successEstimate, d.status) !== null).length
        expect(tally.scored).toBe(scored)
        expect(tally.under + tally.over + tally.asExpected).toBe(tally.scored)
      })
    )
  })

  it('says it the way a leader reads it, and says nothing before anything is scored', () => {
    const list = [
      { successEstimate: 30, status: 'done' as const },
      { successEstimate: 40, status: 'done' as const },
      { successEstimate: 20, status: 'done' as const },
      { successEstimate: 45, status: 'done' as const },
      { successEstimate: 70, status: 'done' as const }
    ]
    expect(tallySentence('Ana', tallyPredictions(list))).toBe(
      'You under-estimated Ana 4 times out of 5: evidence for giving more authority.'
    )
    expect(tallySentence('Ana', tallyPredictions([{ successEstimate: 80, status: 'handed_back' }]))).toBe(
      'You over-estimated Ana 1 time out of 1: more support may help before raising a level.'
    )
    expect(tallySentence('Ana', tallyPredictions([]))).toBeNull()
  })
})
