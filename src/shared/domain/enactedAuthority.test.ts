import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LEADER_RESPONSES, type LeaderResponse } from './delegationVocabulary'
import { describeEnacted, ENACTED_WINDOW, enactedAuthority, gapAdvice } from './enactedAuthority'

const responses = fc.array(fc.constantFrom(...LEADER_RESPONSES), { maxLength: 30 })
const level = fc.integer({ min: 1, max: 7 })

describe('the authority a leader enacts', () => {
  it('is the agreed level set against what the latest check-ins did: stepping in three times at Inquire', () => {
    const enacted = enactedAuthority(6, ['stepped_in', 'stepped_in', 'stepped_in'])!
    expect(enacted).toEqual({ agreed: 6, acted: 3, basedOn: 3, gap: 3, flagged: true })
    expect(describeEnacted(enacted)).toBe('Agreed 6 Inquire, acted 3 Consult (the last 3 check-ins)')
    expect(gapAdvice(enacted)).toMatch(/kept more control than you agreed/)
  })

  it('reads only the latest five telling check-ins; providing resources tells nothing', () => {
    const older: LeaderResponse[] = ['took_back', 'took_back', 'took_back']
    const latest: LeaderResponse[] = ['held_back', 'provided_resources', 'asked_questions', 'held_back']
    const enacted = enactedAuthority(5, [...latest, 'held_back', 'asked_questions', ...older])!
    expect(enacted).toMatchObject({ acted: 6, basedOn: 5, gap: -1, flagged: false })
    expect(enactedAuthority(5, ['provided_resources', 'provided_resources'])).toBeNull()
    expect(enactedAuthority(5, [])).toBeNull()
  })

  it('flags a gap of two levels or more, either way', () => {
    expect(enactedAuthority(4, ['asked_questions'])).toMatchObject({ gap: -1, flagged: false })
    const handsOff = enactedAuthority(3, ['held_back'])!
    expect(handsOff).toMatchObject({ acted: 7, gap: -4, flagged: true })
    expect(gapAdvice(handsOff)).toMatch(/left more to them/)
    expect(describeEnacted(handsOff)).toBe('Agreed 3 Consult, acted 7 Delegate (the last check-in)')
  })

  it('always names a level on the ladder, rests on at most five check-ins, and adds up', () => {
    fc.assert(
      fc.property(level, responses, (agreed, said) => {
        const enacted = enactedAuthority(agreed, said)
        const telling = said.filter((response) => response !== 'provided_resources')
        if (telling.length === 0) {
          expect(enacted).toBeNull()
          return
        }
        expect(enacted!.acted).toBeGreaterThanOrEqual(1)
        expect(enacted!.acted).toBeLessThanOrEqual(7)
        expect(enacted!.basedOn).toBe(Math.min(ENACTED_WINDOW, telling.length))
        expect(enacted!.gap).toBe(agreed - enacted!.acted)
        expect(enacted!.flagged).toBe(Math.abs(enacted!.gap) >= 2)
        expect(() => describeEnacted(enacted!)).not.toThrow()
      })
    )
  })
})
