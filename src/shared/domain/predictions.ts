import type { DelegationStatus } from './delegationVocabulary'

/**
 * A prediction at hand-off, read against what came of it. Done counts as success and handed back as failure;
 * a cancelled delegation says nothing about the person and is not scored. A success given under even odds was
 * under-estimated, a failure given over even odds over-estimated; anything else, including even odds, went
 * as expected. Coarse on purpose: "you under-estimated Ana 4 times out of 5" is what a leader acts on.
 */
export type PredictionVerdict = 'under' | 'over' | 'as_expected'

export function scorePrediction(estimate: number | null, status: DelegationStatus): PredictionVerdict | null {
  if (estimate === null) return null
  if (status === 'done') return estimate < 50 ? 'under' : 'as_expected'
  if (status === 'handed_back') return estimate > 50 ? 'over' : 'as_expected'
  return null
}

export interface PredictionTally {
  scored: number
  under: number
  over: number
  asExpected: number
}

export function tallyPredictions(
  delegations: readonly { successEstimate: number | null; status: DelegationStatus }[]
): PredictionTally {
  const tally: PredictionTally = { scored: 0, under: 0, over: 0, asExpected: 0 }
  for (const { successEstimate, status } of delegations) {
    const verdict = scorePrediction(successEstimate, status)
    if (verdict === null) continue
    tally.scored += 1
    if (verdict === 'under') tally.under += 1
    else if (verdict === 'over') tally.over += 1
    else tally.asExpected += 1
  }
  return tally
}

/** One sentence for a person's page, or null when nothing is scored yet. */
export function tallySentence(name: string, { scored, under, over }: PredictionTally): string | null {
  if (scored === 0) return null
  const times = (count: number) => `${count} ${count === 1 ? 'time' : 'times'} out of ${scored}`
  if (under > over) return `You under-estimated ${name} ${times(under)}: evidence for giving more authority.`
  if (over > under)
    return `You over-estimated ${name} ${times(over)}: more support may help before raising a level.`
  if (under === 0) return `Your predictions for ${name} matched what happened ${times(scored)}.`
  return `You under-estimated ${name} ${times(under)} and over-estimated ${times(over)}.`
}
